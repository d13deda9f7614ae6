-- Titre : La base cible d'une copie est-elle vide ? (ni exécution, ni produit, ni magasin, ni vente)
SELECT (SELECT count(*) FROM imports) + (SELECT count(*) FROM produits) + (SELECT count(*) FROM magasins)
       + (SELECT count(*) FROM ventes)
