-- Titre : Nombre de magasins préparés encore inconnus de la base
SELECT count(*) FROM staging_magasins s
WHERE NOT EXISTS (SELECT 1 FROM magasins m WHERE m.id = s.id)
