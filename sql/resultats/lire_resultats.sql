-- Titre : Résultats stockés d'une exécution, un tableau JSON par analyse (lu d'un coup : ~6 000 lignes à 10 M de ventes)
SELECT "analyse", json_group_array(json(donnees)) AS lignes
FROM (SELECT "analyse", rang, donnees FROM analyses_resultats WHERE execution_id = ? ORDER BY "analyse", rang)
GROUP BY "analyse"
ORDER BY "analyse"
