-- Schéma de la base des ventes, lu dans la base migrée (« ventes schema --format sql ») : tables, index et vues dans l’ordre de création.

CREATE TABLE regions (
    nom TEXT PRIMARY KEY
);

CREATE TABLE villes (
    nom_normalise TEXT PRIMARY KEY,          -- minuscules sans accents ni séparateurs : « saintetienne »
    nom           TEXT NOT NULL,
    region        TEXT NOT NULL REFERENCES regions (nom)
);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    commence_le TEXT NOT NULL,
    termine_le  TEXT,
    commande    TEXT NOT NULL
);

CREATE TABLE imports_fichiers (
    import_id    INTEGER NOT NULL REFERENCES imports (id),
    fichier      TEXT NOT NULL CHECK (fichier IN ('produits', 'magasins', 'ventes')),
    url          TEXT NOT NULL,
    statut       TEXT NOT NULL CHECK (statut IN ('importe', 'inchange')),
    sha256       TEXT,
    octets       INTEGER,
    lues         INTEGER NOT NULL DEFAULT 0,
    inserees     INTEGER NOT NULL DEFAULT 0,
    mises_a_jour INTEGER NOT NULL DEFAULT 0,
    inchangees   INTEGER NOT NULL DEFAULT 0,
    rejetees     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (import_id, fichier)
);

CREATE TABLE etat_sources (
    fichier        TEXT PRIMARY KEY CHECK (fichier IN ('produits', 'magasins', 'ventes')),
    url            TEXT NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    sha256         TEXT NOT NULL,
    octets         INTEGER NOT NULL,
    termine_par_fin_de_ligne INTEGER NOT NULL CHECK (termine_par_fin_de_ligne IN (0, 1)),
    lignes         INTEGER NOT NULL DEFAULT 0,     -- lignes de données du fichier (import incrémental)
    import_id      INTEGER NOT NULL REFERENCES imports (id),
    mis_a_jour_le  TEXT NOT NULL
);

CREATE TABLE rejets (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    fichier   TEXT NOT NULL,
    ligne     INTEGER NOT NULL,
    colonne   TEXT,
    contenu   TEXT NOT NULL,
    motif     TEXT NOT NULL
);

CREATE INDEX rejets_par_import ON rejets (import_id);

CREATE TABLE produits (
    reference     TEXT PRIMARY KEY,
    nom           TEXT NOT NULL,
    prix_centimes INTEGER NOT NULL CHECK (prix_centimes >= 0),
    stock         INTEGER
);

CREATE TABLE produits_versions (
    reference     TEXT NOT NULL REFERENCES produits (reference),
    version       INTEGER NOT NULL CHECK (version >= 1),
    nom           TEXT NOT NULL,
    prix_centimes INTEGER NOT NULL CHECK (prix_centimes >= 0),
    valide_du     TEXT,
    valide_au     TEXT,
    import_id     INTEGER NOT NULL REFERENCES imports (id),
    PRIMARY KEY (reference, version),
    CHECK (valide_du IS NULL OR valide_au IS NULL OR valide_du <= valide_au)
);

CREATE TABLE magasins (
    id              INTEGER PRIMARY KEY,
    ville           TEXT NOT NULL,
    region          TEXT NOT NULL REFERENCES regions (nom),
    nombre_salaries INTEGER CHECK (nombre_salaries IS NULL OR nombre_salaries >= 0)
);

CREATE TABLE magasins_versions (
    magasin_id      INTEGER NOT NULL REFERENCES magasins (id),
    version         INTEGER NOT NULL CHECK (version >= 1),
    ville           TEXT NOT NULL,
    region          TEXT NOT NULL REFERENCES regions (nom),
    nombre_salaries INTEGER,
    valide_du       TEXT,
    valide_au       TEXT,
    import_id       INTEGER NOT NULL REFERENCES imports (id),
    PRIMARY KEY (magasin_id, version),
    CHECK (valide_du IS NULL OR valide_au IS NULL OR valide_du <= valide_au)
);

CREATE TABLE ventes (
    date_vente  TEXT NOT NULL CHECK (date_vente GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    produit_ref TEXT NOT NULL REFERENCES produits (reference),
    magasin_id  INTEGER NOT NULL REFERENCES magasins (id),
    quantite    INTEGER NOT NULL CHECK (quantite > 0),
    occurrence  INTEGER NOT NULL CHECK (occurrence >= 1),
    id_vente    TEXT,                    -- identifiant fourni par le fichier, quand il en a un
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    PRIMARY KEY (date_vente, produit_ref, magasin_id, quantite, occurrence)
) WITHOUT ROWID;

CREATE UNIQUE INDEX ventes_par_id ON ventes (id_vente) WHERE id_vente IS NOT NULL;

CREATE TABLE ventes_resume (
    date_vente    TEXT NOT NULL,
    produit_ref   TEXT NOT NULL REFERENCES produits (reference),
    magasin_id    INTEGER NOT NULL REFERENCES magasins (id),
    quantite      INTEGER NOT NULL,
    nombre_ventes INTEGER NOT NULL,
    PRIMARY KEY (date_vente, produit_ref, magasin_id)
) WITHOUT ROWID;

CREATE TABLE analyses_executions (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER REFERENCES imports (id),
    executee_le TEXT NOT NULL
, sortie_json TEXT);

CREATE TABLE analyses_resultats (
    execution_id INTEGER NOT NULL REFERENCES analyses_executions (id),
    analyse      TEXT NOT NULL,
    rang         INTEGER NOT NULL,
    donnees      TEXT NOT NULL CHECK (json_valid(donnees)),
    PRIMARY KEY (execution_id, analyse, rang)
);

CREATE VIEW derniers_resultats AS
SELECT r.analyse, r.rang, r.donnees, e.id AS execution_id, e.executee_le
FROM analyses_resultats r
JOIN analyses_executions e ON e.id = r.execution_id
WHERE e.id = (SELECT max(id) FROM analyses_executions);

CREATE VIEW dernier_ca_total AS
SELECT json_extract(donnees, '$.ca_centimes') / 100.0 AS ca_total,
       json_extract(donnees, '$.quantite')             AS quantite,
       json_extract(donnees, '$.nombre_ventes')        AS nombre_ventes,
       executee_le
FROM derniers_resultats WHERE analyse = 'ca_total';

CREATE VIEW derniers_ca_par_produit AS
SELECT json_extract(donnees, '$.reference') AS reference,
       json_extract(donnees, '$.nom') AS nom,
       json_extract(donnees, '$.quantite') AS quantite,
       json_extract(donnees, '$.ca_centimes') / 100.0 AS ca
FROM derniers_resultats WHERE analyse = 'par_produit' ORDER BY rang;

CREATE VIEW derniers_ca_par_region AS
SELECT json_extract(donnees, '$.region') AS region,
       json_extract(donnees, '$.quantite') AS quantite,
       json_extract(donnees, '$.ca_centimes') / 100.0 AS ca
FROM derniers_resultats WHERE analyse = 'par_region' ORDER BY rang;

CREATE VIEW derniers_ca_par_ville AS
SELECT json_extract(donnees, '$.ville') AS ville,
       json_extract(donnees, '$.region') AS region,
       json_extract(donnees, '$.quantite') AS quantite,
       json_extract(donnees, '$.ca_centimes') / 100.0 AS ca
FROM derniers_resultats WHERE analyse = 'par_ville' ORDER BY rang;

CREATE VIEW ventes_valorisees AS
SELECT v.date_vente,
       v.produit_ref,
       v.magasin_id,
       v.quantite,
       v.nombre_ventes,
       p.prix_centimes,
       v.quantite * p.prix_centimes AS montant_centimes,
       m.ville,
       m.region,
       m.nombre_salaries,
       m.version AS magasin_version
FROM ventes_resume v
JOIN produits_versions p ON p.reference = v.produit_ref
                        AND (p.valide_du IS NULL OR v.date_vente >= p.valide_du)
                        AND (p.valide_au IS NULL OR v.date_vente < p.valide_au)
JOIN magasins_versions m ON m.magasin_id = v.magasin_id
                        AND (m.valide_du IS NULL OR v.date_vente >= m.valide_du)
                        AND (m.valide_au IS NULL OR v.date_vente < m.valide_au);

CREATE TABLE agregats_jours (
    date_vente       TEXT NOT NULL PRIMARY KEY,
    nombre_ventes    INTEGER NOT NULL,
    quantite         INTEGER NOT NULL,
    montant_centimes INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE agregats_produits_magasins (
    produit_ref      TEXT NOT NULL REFERENCES produits (reference),
    magasin_id       INTEGER NOT NULL,
    magasin_version  INTEGER NOT NULL,
    nombre_ventes    INTEGER NOT NULL,
    quantite         INTEGER NOT NULL,
    montant_centimes INTEGER NOT NULL,
    PRIMARY KEY (produit_ref, magasin_id, magasin_version),
    FOREIGN KEY (magasin_id, magasin_version) REFERENCES magasins_versions (magasin_id, version)
) WITHOUT ROWID;

CREATE VIEW ventes_par_jour AS
SELECT date_vente, nombre_ventes, quantite, montant_centimes
FROM agregats_jours;

CREATE VIEW ventes_par_produit_magasin AS
SELECT a.produit_ref,
       a.magasin_id,
       m.ville,
       m.region,
       m.nombre_salaries,
       sum(a.nombre_ventes)    AS nombre_ventes,
       sum(a.quantite)         AS quantite,
       sum(a.montant_centimes) AS montant_centimes
FROM agregats_produits_magasins a
JOIN magasins_versions m ON m.magasin_id = a.magasin_id AND m.version = a.magasin_version
GROUP BY a.produit_ref, a.magasin_id, m.ville, m.region, m.nombre_salaries;
