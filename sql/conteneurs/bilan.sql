-- Titre : Bilan de la dernière exécution enregistrée
-- Affiché par le service db des conteneurs (docker/db-entrypoint.sh) : une ligne de texte en français par
-- information, lue dans les résultats d'analyses stockés par `ventes run` (montants écrits « 5 268,78 € »).
WITH derniere AS (
    SELECT id, executee_le FROM analyses_executions ORDER BY id DESC LIMIT 1
),
total AS (
    SELECT json_extract(r.donnees, '$.ca_centimes')   AS centimes,
           json_extract(r.donnees, '$.nombre_ventes') AS nombre_ventes,
           json_extract(r.donnees, '$.quantite')      AS quantite
    FROM analyses_resultats r JOIN derniere d ON r.execution_id = d.id
    WHERE r.analyse = 'ca_total'
)
SELECT ligne FROM (
    SELECT 1 AS ordre, 'Base : ' || (SELECT file FROM pragma_database_list WHERE name = 'main') AS ligne
    UNION ALL
    SELECT 2, 'Dernière analyse : ' || coalesce((SELECT executee_le FROM derniere), 'aucune')
    UNION ALL
    SELECT 3, 'Tables : ' || (SELECT count(*) FROM produits) || ' produits, '
                          || (SELECT count(*) FROM magasins) || ' magasins, '
                          || (SELECT count(*) FROM ventes) || ' ventes, '
                          || (SELECT count(*) FROM rejets) || ' rejets'
    UNION ALL
    SELECT 4, 'Chiffre d''affaires total : '
              || replace(printf('%,d', centimes / 100), ',', ' ') || ',' || printf('%02d', centimes % 100) || ' €'
              || ' (' || nombre_ventes || ' ventes, ' || quantite || ' articles)'
    FROM total
)
ORDER BY ordre;
