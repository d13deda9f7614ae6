-- Titre : Copie temporaire de la vue ventes_valorisees, le temps d'une exécution des analyses
-- Une table temporaire masque l'objet du même nom de la base principale : chaque requête de sql/analyses lit
-- alors cette copie, et la jointure aux historiques de prix et de magasins n'est faite qu'une fois.
CREATE TEMP TABLE ventes_valorisees AS SELECT * FROM main.ventes_valorisees
