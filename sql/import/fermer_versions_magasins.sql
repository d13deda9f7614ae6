-- Titre : Clôture des versions de magasins dont la ville, la région ou l'effectif a changé
UPDATE magasins_versions SET valide_au = ?
WHERE valide_au IS NULL
  AND EXISTS (SELECT 1 FROM staging_magasins s
              WHERE s.id = magasins_versions.magasin_id
                AND (s.ville IS DISTINCT FROM magasins_versions.ville
                     OR s.region IS DISTINCT FROM magasins_versions.region
                     OR s.nombre_salaries IS DISTINCT FROM magasins_versions.nombre_salaries))
