-- Titre : Nouvelle exécution des analyses
INSERT INTO analyses_executions (import_id, executee_le) VALUES (?, ?) RETURNING id
