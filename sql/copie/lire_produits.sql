-- Titre : Lecture des produits de la base d'origine (copier)
SELECT reference, nom, prix_centimes, stock
FROM produits
ORDER BY reference
