-- Titre : Agrégat valorisé d'un jour nouveau, calculé pendant l'écriture des ventes
INSERT INTO agregats_jours (date_vente, nombre_ventes, quantite, montant_centimes)
VALUES (?, ?, ?, ?)
