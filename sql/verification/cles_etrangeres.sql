-- Titre : Clés étrangères rompues (vente sans produit, version sans magasin…)
PRAGMA foreign_key_check
