-- Titre : Nouvelles versions des produits nouveaux ou modifiés (ceux sans version en vigueur)
-- Paramètres : début de validité d'une version qui en remplace une autre, puis l'import.
-- La première version d'un produit vaut « depuis toujours » (valide_du NULL).
INSERT INTO produits_versions (reference, version, nom, prix_centimes, valide_du, valide_au, import_id)
SELECT s.reference,
       coalesce((SELECT max(v.version) FROM produits_versions v WHERE v.reference = s.reference), 0) + 1,
       s.nom,
       s.prix_centimes,
       CASE WHEN EXISTS (SELECT 1 FROM produits_versions v WHERE v.reference = s.reference) THEN ? END,
       NULL,
       ?
FROM staging_produits s
WHERE NOT EXISTS (SELECT 1 FROM produits_versions v WHERE v.reference = s.reference AND v.valide_au IS NULL)
