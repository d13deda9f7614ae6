-- Titre : Copie temporaire de la vue ventes_par_produit_magasin, le temps d'une exécution des analyses
-- Une table temporaire masque l'objet du même nom de la base principale : les requêtes de sql/analyses lisent
-- alors cette copie, et la valorisation (jointure aux historiques de prix et de magasins) n'est faite qu'une fois.
CREATE TEMP TABLE ventes_par_produit_magasin AS SELECT * FROM main.ventes_par_produit_magasin
