-- Titre : Écriture des lignes refusées dans la base cible (copier)
INSERT INTO rejets (id, import_id, fichier, ligne, colonne, contenu, motif)
VALUES (?, ?, ?, ?, ?, ?, ?)
