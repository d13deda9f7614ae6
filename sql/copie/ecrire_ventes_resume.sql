-- Titre : Écriture du résumé quotidien des ventes dans la base cible (copier)
INSERT INTO ventes_resume (date_vente, produit_ref, magasin_id, quantite, nombre_ventes)
VALUES (?, ?, ?, ?, ?)
