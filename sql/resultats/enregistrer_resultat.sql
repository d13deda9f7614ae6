-- Titre : Une ligne de résultat d'une analyse, en JSON
INSERT INTO analyses_resultats (execution_id, "analyse", rang, donnees) VALUES (?, ?, ?, ?)
