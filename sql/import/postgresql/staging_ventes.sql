-- Titre : Table de préparation des ventes (lignes valides du fichier), PostgreSQL
-- Sans clé ni index : COPY y verse les lignes au plus vite, et la numérotation des ventes identiques
-- (fusionner_ventes.sql) les trie une fois. UNLOGGED n'a pas de sens ici : une table temporaire n'est jamais journalisée.
CREATE TEMP TABLE IF NOT EXISTS staging_ventes (
    date_vente  TEXT COLLATE "C" NOT NULL,
    produit_ref TEXT COLLATE "C" NOT NULL,
    magasin_id  BIGINT NOT NULL,
    quantite    BIGINT NOT NULL,
    ligne       BIGINT NOT NULL,
    id_vente    TEXT COLLATE "C"
)
