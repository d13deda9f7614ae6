-- Titre : Suppression de la copie temporaire de ventes_par_produit_magasin (PostgreSQL)
DROP TABLE IF EXISTS pg_temp.ventes_par_produit_magasin
