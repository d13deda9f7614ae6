-- Titre : Vidage de la table des jours touchés
DELETE FROM staging_jours
