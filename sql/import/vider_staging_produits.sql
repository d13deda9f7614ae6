-- Titre : Vidage de la table de préparation des produits
DELETE FROM staging_produits
