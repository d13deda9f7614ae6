-- Titre : Résumé quotidien d'un jour nouveau, calculé pendant l'écriture des ventes triées (import SQLite)
INSERT INTO ventes_resume (date_vente, produit_ref, magasin_id, quantite, nombre_ventes)
VALUES (?, ?, ?, ?, ?)
