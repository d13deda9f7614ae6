-- Titre : Lignes refusées (les plus récentes d'abord), éventuellement d'une seule exécution
SELECT import_id, fichier, ligne, colonne, motif, contenu
FROM rejets
WHERE CAST(? AS BIGINT) IS NULL OR import_id = ?
ORDER BY import_id DESC, fichier, ligne
LIMIT ?
