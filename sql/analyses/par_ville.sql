-- Titre : Ventes par ville
SELECT ville,
       region,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_valorisees
GROUP BY ville, region
ORDER BY ca_centimes DESC, ville
