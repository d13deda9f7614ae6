-- Titre : Nombre de ventes en base
SELECT count(*) FROM ventes
