-- Titre : Effacement complet du résumé quotidien (avant un recalcul complet)
DELETE FROM ventes_resume
