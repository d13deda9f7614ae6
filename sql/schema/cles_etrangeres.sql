-- Titre : Clés étrangères d'une table (une ligne par colonne de chaque clé, dans l’ordre de déclaration)
SELECT id, seq AS rang, "table" AS table_cible, "from" AS colonne, "to" AS colonne_cible
FROM pragma_foreign_key_list(?)
ORDER BY id DESC, seq
