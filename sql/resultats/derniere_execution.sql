-- Titre : Dernière exécution des analyses
SELECT id, executee_le, sortie_json FROM analyses_executions ORDER BY id DESC LIMIT 1
