-- Titre : Fusion des magasins (état courant)
INSERT INTO magasins (id, ville, region, nombre_salaries)
SELECT id, ville, region, nombre_salaries FROM staging_magasins
WHERE true
ON CONFLICT (id) DO UPDATE SET ville = excluded.ville, region = excluded.region, nombre_salaries = excluded.nombre_salaries
WHERE magasins.ville IS DISTINCT FROM excluded.ville
   OR magasins.region IS DISTINCT FROM excluded.region
   OR magasins.nombre_salaries IS DISTINCT FROM excluded.nombre_salaries
