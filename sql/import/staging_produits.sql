-- Titre : Table de préparation des produits (propre à la connexion, vidée à chaque import)
CREATE TEMP TABLE IF NOT EXISTS staging_produits (
    reference     TEXT PRIMARY KEY,
    nom           TEXT NOT NULL,
    prix_centimes INTEGER NOT NULL,
    stock         INTEGER,
    ligne         INTEGER NOT NULL
)
