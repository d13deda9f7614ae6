-- Titre : Lecture du référentiel des villes de la base d'origine (copier)
SELECT nom_normalise, nom, region
FROM villes
ORDER BY nom_normalise
