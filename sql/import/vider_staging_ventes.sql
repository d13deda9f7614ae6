-- Titre : Vidage de la table de préparation des ventes
DELETE FROM staging_ventes
