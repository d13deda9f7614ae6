-- Titre : Écriture des produits dans la base cible (copier)
INSERT INTO produits (reference, nom, prix_centimes, stock)
VALUES (?, ?, ?, ?)
