-- Titre : Les analyses d'une exécution telles que --json les imprime
UPDATE analyses_executions SET sortie_json = ? WHERE id = ?
