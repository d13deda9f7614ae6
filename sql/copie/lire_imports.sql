-- Titre : Lecture des exécutions de la base d'origine (copier)
SELECT id, commence_le, termine_le, commande
FROM imports
ORDER BY id
