-- Titre : Tables, vues et index du schéma, dans l'ordre de leur création
-- Les tables internes (sqlite_*, historique des migrations Flyway) ne font pas partie du modèle.
SELECT type, name AS nom, tbl_name AS table_nom, sql
FROM sqlite_master
WHERE type IN ('table', 'view', 'index')
  AND name NOT LIKE 'sqlite_%'
  AND tbl_name <> 'flyway_schema_history'
ORDER BY rowid
