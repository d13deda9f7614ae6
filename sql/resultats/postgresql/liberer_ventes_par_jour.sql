-- Titre : Suppression de la copie temporaire de ventes_par_jour (PostgreSQL)
DROP TABLE IF EXISTS pg_temp.ventes_par_jour
