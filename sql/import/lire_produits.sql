-- Titre : Références des produits connus
SELECT reference FROM produits
