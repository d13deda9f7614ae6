-- Titre : Écriture des ventes dans la base cible (copier)
INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?)
