-- Titre : Fusion des seules ventes ajoutées en fin d'un fichier déjà importé
-- Le début du fichier est identique (même taille, même empreinte) : les ventes identiques qui s'y trouvent sont en
-- base, et leur rang le plus haut par clé y est ; les lignes ajoutées continuent cette numérotation.
INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
SELECT s.date_vente, s.produit_ref, s.magasin_id, s.quantite,
       row_number() OVER (PARTITION BY s.date_vente, s.produit_ref, s.magasin_id, s.quantite ORDER BY s.ligne)
       + coalesce((SELECT max(v.occurrence) FROM ventes v
                   WHERE v.date_vente = s.date_vente AND v.produit_ref = s.produit_ref
                     AND v.magasin_id = s.magasin_id AND v.quantite = s.quantite), 0),
       NULL,
       ?
FROM staging_ventes s
WHERE true
ON CONFLICT DO NOTHING
