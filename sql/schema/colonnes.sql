-- Titre : Colonnes d'une table (nom, type, obligatoire, rang dans la clé primaire)
SELECT name AS nom, type, "notnull" AS obligatoire, pk AS rang_cle
FROM pragma_table_info(?)
ORDER BY cid
