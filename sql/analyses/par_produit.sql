-- Titre : Ventes par produit
-- Quantité vendue et chiffre d'affaires de chaque produit (nom actuel), y compris ceux qui n'ont rien vendu.
SELECT p.reference,
       p.nom,
       coalesce(sum(v.quantite), 0)         AS quantite,
       coalesce(sum(v.montant_centimes), 0) AS ca_centimes
FROM produits p
LEFT JOIN ventes_valorisees v ON v.produit_ref = p.reference
GROUP BY p.reference, p.nom
ORDER BY p.reference
