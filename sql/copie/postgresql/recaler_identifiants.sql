-- Titre : Compteurs d'identifiants recalés après une copie vers PostgreSQL
-- Les identifiants copiés sont écrits tels quels : les séquences IDENTITY doivent repartir après le plus grand,
-- sans quoi la prochaine exécution buterait sur la clé primaire. (SQLite prend lui-même max(rowid) + 1.)
SELECT setval(pg_get_serial_sequence('imports', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM imports), false),
       setval(pg_get_serial_sequence('rejets', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM rejets), false),
       setval(pg_get_serial_sequence('analyses_executions', 'id'),
              (SELECT coalesce(max(id), 0) + 1 FROM analyses_executions), false)
