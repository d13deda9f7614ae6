-- Titre : Fusion des produits (état courant) : nouveaux insérés, modifiés mis à jour, identiques laissés tels quels
INSERT INTO produits (reference, nom, prix_centimes, stock)
SELECT reference, nom, prix_centimes, stock FROM staging_produits
WHERE true   -- SQLite needs a WHERE here (INSERT…SELECT + ON CONFLICT parsing ambiguity)
ON CONFLICT (reference) DO UPDATE SET nom = excluded.nom, prix_centimes = excluded.prix_centimes, stock = excluded.stock
WHERE produits.nom IS DISTINCT FROM excluded.nom
   OR produits.prix_centimes IS DISTINCT FROM excluded.prix_centimes
   OR produits.stock IS DISTINCT FROM excluded.stock
