-- Titre : Part de chaque produit dans le chiffre d'affaires de chaque région
SELECT region,
       produit_ref AS reference,
       sum(montant_centimes) AS ca_centimes,
       round(100.0 * sum(montant_centimes)
             / (SELECT sum(t.montant_centimes) FROM ventes_valorisees t WHERE t.region = v.region), 2) AS part_pct
FROM ventes_valorisees v
GROUP BY region, produit_ref
ORDER BY region, ca_centimes DESC, produit_ref
