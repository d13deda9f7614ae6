-- Titre : Effacement du résumé quotidien des jours touchés par l'import (recalculé juste après)
DELETE FROM ventes_resume WHERE date_vente IN (SELECT date_vente FROM staging_jours)
