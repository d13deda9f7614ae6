-- Titre : Fusion des ventes qui ont un identifiant (« ID vente ») : l'identifiant fait foi
-- Une vente déjà connue sous son identifiant est corrigée si le fichier la décrit autrement.
INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
SELECT date_vente, produit_ref, magasin_id, quantite,
       row_number() OVER (PARTITION BY date_vente, produit_ref, magasin_id, quantite ORDER BY ligne),
       id_vente,
       ?
FROM staging_ventes
WHERE true
ON CONFLICT (id_vente) WHERE id_vente IS NOT NULL DO UPDATE
SET date_vente = excluded.date_vente, produit_ref = excluded.produit_ref, magasin_id = excluded.magasin_id,
    quantite = excluded.quantite, import_id = excluded.import_id
WHERE ventes.date_vente <> excluded.date_vente OR ventes.produit_ref <> excluded.produit_ref
   OR ventes.magasin_id <> excluded.magasin_id OR ventes.quantite <> excluded.quantite
ON CONFLICT DO NOTHING   -- a row without identifier already stored under its natural key
