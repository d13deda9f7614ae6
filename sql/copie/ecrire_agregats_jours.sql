-- Titre : Écriture des agrégats valorisés par jour dans la base cible (copier)
INSERT INTO agregats_jours (date_vente, nombre_ventes, quantite, montant_centimes)
VALUES (?, ?, ?, ?)
