-- Titre : Agrégats par jour recalculés pour les jours touchés
INSERT INTO agregats_jours (date_vente, nombre_ventes, quantite, montant_centimes)
SELECT date_vente, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
WHERE date_vente IN (SELECT date_vente FROM staging_jours)
GROUP BY date_vente
