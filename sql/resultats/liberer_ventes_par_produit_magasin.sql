-- Titre : Suppression de la copie temporaire de ventes_par_produit_magasin
DROP TABLE IF EXISTS temp.ventes_par_produit_magasin
