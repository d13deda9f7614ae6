-- Titre : Lecture des résultats d'analyses de la base d'origine (copier)
SELECT execution_id, "analyse", rang, donnees
FROM analyses_resultats
ORDER BY execution_id, "analyse", rang
