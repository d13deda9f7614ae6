-- Titre : Intégrité de la base (sur PostgreSQL : le serveur garantit ses pages et ses contraintes ; on vérifie ici
-- que les contraintes CHECK et NOT NULL déclarées sont toutes validées)
SELECT CASE WHEN count(*) = 0 THEN 'ok'
            ELSE 'contrainte non validée : ' || string_agg(conrelid::regclass || '.' || conname, ', ') END
FROM pg_constraint
WHERE connamespace = current_schema()::regnamespace AND NOT convalidated
