-- Titre : Table de préparation des ventes (lignes valides du fichier)
-- Sans rowid et rangée dans l'ordre de la clé des ventes, numéro de ligne compris : la numérotation des ventes
-- identiques (fusionner_ventes.sql) la lit dans l'ordre sans tri, et la fusion écrit ventes dans l'ordre de sa clé.
CREATE TEMP TABLE IF NOT EXISTS staging_ventes (
    date_vente  TEXT NOT NULL,
    produit_ref TEXT NOT NULL,
    magasin_id  INTEGER NOT NULL,
    quantite    INTEGER NOT NULL,
    ligne       INTEGER NOT NULL,
    id_vente    TEXT,
    PRIMARY KEY (date_vente, produit_ref, magasin_id, quantite, ligne)
) WITHOUT ROWID
