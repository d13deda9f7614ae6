-- Titre : Lecture des agrégats valorisés par jour de la base d'origine (copier)
SELECT date_vente, nombre_ventes, quantite, montant_centimes
FROM agregats_jours
ORDER BY date_vente
