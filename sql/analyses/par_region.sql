-- Titre : Ventes par région
-- La région est celle du magasin à la date de la vente.
SELECT region,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_produit_magasin
GROUP BY region
ORDER BY ca_centimes DESC, region
