-- Titre : Fusion des ventes par clé naturelle
-- Une vente sans identifiant est reconnue par (date, produit, magasin, quantité) et son rang parmi les lignes
-- identiques du fichier : réimporter le même fichier, ou le même fichier complété, n'ajoute rien deux fois,
-- et deux ventes identiques le même jour restent deux ventes.
INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
SELECT date_vente, produit_ref, magasin_id, quantite,
       row_number() OVER (PARTITION BY date_vente, produit_ref, magasin_id, quantite ORDER BY ligne),
       NULL,
       ?
FROM staging_ventes
WHERE true
ON CONFLICT DO NOTHING
