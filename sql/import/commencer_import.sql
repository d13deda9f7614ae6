-- Titre : Début d'une exécution qui modifie la base
INSERT INTO imports (commence_le, commande) VALUES (?, ?) RETURNING id
