-- Titre : Nombre de lignes des tables principales
SELECT (SELECT count(*) FROM produits)            AS produits,
       (SELECT count(*) FROM produits_versions)   AS versions_produits,
       (SELECT count(*) FROM magasins)            AS magasins,
       (SELECT count(*) FROM magasins_versions)   AS versions_magasins,
       (SELECT count(*) FROM ventes)              AS ventes,
       (SELECT count(*) FROM rejets)              AS rejets,
       (SELECT count(*) FROM imports)             AS imports,
       (SELECT count(*) FROM analyses_executions) AS executions_analyses
