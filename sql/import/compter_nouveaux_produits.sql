-- Titre : Nombre de produits préparés encore inconnus de la base
SELECT count(*) FROM staging_produits s
WHERE NOT EXISTS (SELECT 1 FROM produits p WHERE p.reference = s.reference)
