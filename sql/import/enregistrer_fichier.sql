-- Titre : Compte rendu d'un fichier lu par une exécution
INSERT INTO imports_fichiers (import_id, fichier, url, statut, sha256, octets, lues, inserees, mises_a_jour, inchangees, rejetees)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
