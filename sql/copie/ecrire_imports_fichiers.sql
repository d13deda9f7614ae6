-- Titre : Écriture des fichiers lus par chaque exécution dans la base cible (copier)
INSERT INTO imports_fichiers (import_id, fichier, url, statut, sha256, octets, lues, inserees, mises_a_jour, inchangees, rejetees)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
