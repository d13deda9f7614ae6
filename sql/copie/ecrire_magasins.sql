-- Titre : Écriture des magasins dans la base cible (copier)
INSERT INTO magasins (id, ville, region, nombre_salaries)
VALUES (?, ?, ?, ?)
