-- Titre : Ajout d'un magasin lu dans la table de préparation
INSERT INTO staging_magasins (id, ville, region, nombre_salaries, ligne) VALUES (?, ?, ?, ?, ?)
