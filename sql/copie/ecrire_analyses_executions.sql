-- Titre : Écriture des exécutions d'analyses dans la base cible (copier)
INSERT INTO analyses_executions (id, import_id, executee_le, sortie_json)
VALUES (?, ?, ?, ?)
