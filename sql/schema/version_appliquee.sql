-- Titre : Version du schéma : la dernière migration appliquée avec succès (historique de Flyway)
SELECT version
FROM flyway_schema_history
WHERE success
ORDER BY installed_rank DESC
LIMIT 1
