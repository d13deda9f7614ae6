-- Titre : Contribution recalculée des jours touchés ajoutée aux agrégats par produit et magasin
INSERT INTO agregats_produits_magasins (produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes)
SELECT produit_ref, magasin_id, magasin_version, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
WHERE date_vente IN (SELECT date_vente FROM staging_jours)
GROUP BY produit_ref, magasin_id, magasin_version
ON CONFLICT (produit_ref, magasin_id, magasin_version) DO UPDATE
SET nombre_ventes    = agregats_produits_magasins.nombre_ventes + excluded.nombre_ventes,
    quantite         = agregats_produits_magasins.quantite + excluded.quantite,
    montant_centimes = agregats_produits_magasins.montant_centimes + excluded.montant_centimes
