-- Titre : Écriture des exécutions dans la base cible (copier)
INSERT INTO imports (id, commence_le, termine_le, commande)
VALUES (?, ?, ?, ?)
