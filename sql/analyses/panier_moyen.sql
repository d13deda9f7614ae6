-- Titre : Panier moyen (chiffre d'affaires par vente)
SELECT coalesce(sum(nombre_ventes), 0) AS nombre_ventes,
       coalesce(sum(montant_centimes), 0) AS ca_centimes,
       CAST(round(coalesce(sum(montant_centimes) * 1.0 / nullif(sum(nombre_ventes), 0), 0)) AS BIGINT) AS panier_moyen_centimes
FROM ventes_par_jour
