-- Titre : Agrégats par jour recalculés entièrement
INSERT INTO agregats_jours (date_vente, nombre_ventes, quantite, montant_centimes)
SELECT date_vente, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
GROUP BY date_vente
