-- Titre : Conservation d'une ligne refusée avec sa raison
INSERT INTO rejets (import_id, fichier, ligne, colonne, contenu, motif) VALUES (?, ?, ?, ?, ?, ?)
