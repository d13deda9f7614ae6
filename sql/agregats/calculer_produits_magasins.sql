-- Titre : Agrégats par produit et magasin recalculés entièrement
INSERT INTO agregats_produits_magasins (produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes)
SELECT produit_ref, magasin_id, magasin_version, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
GROUP BY produit_ref, magasin_id, magasin_version
