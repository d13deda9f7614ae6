-- Titre : Vidage de la table de préparation des magasins
DELETE FROM staging_magasins
