-- Titre : Lignes qui répètent un identifiant de vente déjà vu plus haut dans le même fichier
SELECT s.ligne, s.id_vente, (SELECT min(p.ligne) FROM staging_ventes p WHERE p.id_vente = s.id_vente) AS premiere
FROM staging_ventes s
WHERE s.id_vente IS NOT NULL
  AND EXISTS (SELECT 1 FROM staging_ventes p WHERE p.id_vente = s.id_vente AND p.ligne < s.ligne)
ORDER BY s.ligne
