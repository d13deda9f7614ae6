-- Titre : Lecture des agrégats valorisés par produit et magasin de la base d'origine (copier)
SELECT produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes
FROM agregats_produits_magasins
ORDER BY produit_ref, magasin_id, magasin_version
