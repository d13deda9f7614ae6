-- Titre : Agrégats par produit et magasin devenus vides retirés
DELETE FROM agregats_produits_magasins WHERE nombre_ventes = 0
