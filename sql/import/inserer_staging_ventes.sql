-- Titre : Ajout d'une vente lue dans la table de préparation
INSERT INTO staging_ventes (date_vente, produit_ref, magasin_id, quantite, ligne, id_vente) VALUES (?, ?, ?, ?, ?, ?)
