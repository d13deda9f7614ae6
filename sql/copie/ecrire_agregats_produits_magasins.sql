-- Titre : Écriture des agrégats valorisés par produit et magasin dans la base cible (copier)
INSERT INTO agregats_produits_magasins (produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes)
VALUES (?, ?, ?, ?, ?, ?)
