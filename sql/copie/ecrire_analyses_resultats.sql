-- Titre : Écriture des résultats d'analyses dans la base cible (copier)
INSERT INTO analyses_resultats (execution_id, "analyse", rang, donnees)
VALUES (?, ?, ?, ?)
