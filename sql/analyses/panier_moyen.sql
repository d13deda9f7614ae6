-- Titre : Panier moyen (chiffre d'affaires par vente)
SELECT count(*) AS nombre_ventes,
       coalesce(sum(montant_centimes), 0) AS ca_centimes,
       CAST(round(coalesce(avg(montant_centimes), 0)) AS INTEGER) AS panier_moyen_centimes
FROM ventes_valorisees
