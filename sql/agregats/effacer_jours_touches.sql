-- Titre : Agrégats par jour des jours touchés effacés (recalculés juste après)
DELETE FROM agregats_jours WHERE date_vente IN (SELECT date_vente FROM staging_jours)
