-- Titre : Tous les agrégats par produit et magasin effacés (avant un recalcul complet)
DELETE FROM agregats_produits_magasins
