-- Titre : Lecture des régions de la base d'origine (copier)
SELECT nom
FROM regions
ORDER BY nom
