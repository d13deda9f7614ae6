-- Titre : Nouvelles versions des magasins nouveaux ou modifiés
INSERT INTO magasins_versions (magasin_id, version, ville, region, nombre_salaries, valide_du, valide_au, import_id)
SELECT s.id,
       coalesce((SELECT max(v.version) FROM magasins_versions v WHERE v.magasin_id = s.id), 0) + 1,
       s.ville,
       s.region,
       s.nombre_salaries,
       CASE WHEN EXISTS (SELECT 1 FROM magasins_versions v WHERE v.magasin_id = s.id) THEN ? END,
       NULL,
       ?
FROM staging_magasins s
WHERE NOT EXISTS (SELECT 1 FROM magasins_versions v WHERE v.magasin_id = s.id AND v.valide_au IS NULL)
