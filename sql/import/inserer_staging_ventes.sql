-- Titre : Ajout d'une vente lue dans la table de préparation
INSERT INTO staging_ventes (ligne, date_vente, produit_ref, magasin_id, quantite, id_vente) VALUES (?, ?, ?, ?, ?, ?)
