-- Titre : Part de chaque produit dans le chiffre d'affaires de chaque région
-- Le total de la région vient d'une fonction de fenêtre : une seule lecture des ventes.
SELECT region,
       produit_ref AS reference,
       sum(montant_centimes) AS ca_centimes,
       round(100.0 * sum(montant_centimes) / sum(sum(montant_centimes)) OVER (PARTITION BY region), 2) AS part_pct
FROM ventes_par_produit_magasin
GROUP BY region, produit_ref
ORDER BY region, ca_centimes DESC, produit_ref
