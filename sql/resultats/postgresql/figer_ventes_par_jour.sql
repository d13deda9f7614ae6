-- Titre : Copie temporaire de la vue ventes_par_jour, le temps d'une exécution des analyses (PostgreSQL)
-- Le schéma temporaire (pg_temp) passe en premier dans le chemin de recherche : la copie masque la vue pour les
-- requêtes de sql/analyses, et la valorisation n'est faite qu'une fois. Au moment de la création, le nom désigne
-- encore la vue.
CREATE TEMP TABLE ventes_par_jour AS SELECT * FROM ventes_par_jour
