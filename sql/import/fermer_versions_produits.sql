-- Titre : Clôture des versions de produits dont le nom ou le prix a changé (historique, type 2)
-- Paramètre : la date de fin (exclue) de la version close, qui est aussi le début de la nouvelle.
UPDATE produits_versions SET valide_au = ?
WHERE valide_au IS NULL
  AND EXISTS (SELECT 1 FROM staging_produits s
              WHERE s.reference = produits_versions.reference
                AND (s.nom IS DISTINCT FROM produits_versions.nom
                     OR s.prix_centimes IS DISTINCT FROM produits_versions.prix_centimes))
