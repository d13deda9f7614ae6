-- Titre : Table de préparation des ventes (lignes valides du fichier, dans l'ordre du fichier)
CREATE TEMP TABLE IF NOT EXISTS staging_ventes (
    ligne       INTEGER NOT NULL,
    date_vente  TEXT NOT NULL,
    produit_ref TEXT NOT NULL,
    magasin_id  INTEGER NOT NULL,
    quantite    INTEGER NOT NULL,
    id_vente    TEXT
)
