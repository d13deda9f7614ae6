-- Titre : Lecture des magasins de la base d'origine (copier)
SELECT id, ville, region, nombre_salaries
FROM magasins
ORDER BY id
