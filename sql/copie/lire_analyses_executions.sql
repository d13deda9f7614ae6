-- Titre : Lecture des exécutions d'analyses de la base d'origine (copier)
SELECT id, import_id, executee_le, sortie_json
FROM analyses_executions
ORDER BY id
