-- Titre : Lecture des fichiers lus par chaque exécution de la base d'origine (copier)
SELECT import_id, fichier, url, statut, sha256, octets, lues, inserees, mises_a_jour, inchangees, rejetees
FROM imports_fichiers
ORDER BY import_id, fichier
