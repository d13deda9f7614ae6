-- Titre : Lecture des lignes refusées de la base d'origine (copier)
SELECT id, import_id, fichier, ligne, colonne, contenu, motif
FROM rejets
ORDER BY id
