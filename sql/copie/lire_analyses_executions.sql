-- Titre : Lecture des exécutions d'analyses de la base d'origine (copier)
SELECT id, import_id, executee_le
FROM analyses_executions
ORDER BY id
