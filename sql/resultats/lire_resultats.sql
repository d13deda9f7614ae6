-- Titre : Résultats stockés d'une exécution
SELECT "analyse", donnees FROM analyses_resultats WHERE execution_id = ? ORDER BY "analyse", rang
