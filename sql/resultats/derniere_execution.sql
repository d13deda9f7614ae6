-- Titre : Dernière exécution des analyses
SELECT id, executee_le FROM analyses_executions ORDER BY id DESC LIMIT 1
