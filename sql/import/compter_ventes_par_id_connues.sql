-- Titre : Nombre de ventes préparées dont l'identifiant est déjà en base
SELECT count(*) FROM staging_ventes s WHERE EXISTS (SELECT 1 FROM ventes v WHERE v.id_vente = s.id_vente)
