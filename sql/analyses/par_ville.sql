-- Titre : Ventes par ville
SELECT ville,
       region,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_produit_magasin
GROUP BY ville, region
ORDER BY ca_centimes DESC, ville
