-- Titre : Référentiel des villes et régions
SELECT nom_normalise, region FROM villes
