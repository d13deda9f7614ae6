-- Titre : Ajout d'un produit lu dans la table de préparation
INSERT INTO staging_produits (reference, nom, prix_centimes, stock, ligne) VALUES (?, ?, ?, ?, ?)
