-- Titre : Retrait d'une ligne préparée (doublon d'identifiant)
DELETE FROM staging_ventes WHERE ligne = ?
