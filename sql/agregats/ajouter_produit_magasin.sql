-- Titre : Contribution des jours nouveaux ajoutée à l'agrégat d'un produit et d'une version de magasin
INSERT INTO agregats_produits_magasins (produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (produit_ref, magasin_id, magasin_version) DO UPDATE
SET nombre_ventes    = agregats_produits_magasins.nombre_ventes + excluded.nombre_ventes,
    quantite         = agregats_produits_magasins.quantite + excluded.quantite,
    montant_centimes = agregats_produits_magasins.montant_centimes + excluded.montant_centimes
