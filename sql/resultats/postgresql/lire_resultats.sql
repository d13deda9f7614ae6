-- Titre : Résultats stockés d'une exécution, un tableau JSON par analyse (lu d'un coup : ~6 000 lignes à 10 M de ventes)
SELECT "analyse", json_agg(donnees::json ORDER BY rang)::text AS lignes
FROM analyses_resultats
WHERE execution_id = ?
GROUP BY "analyse"
ORDER BY "analyse"
