-- Titre : Ventes par produit
-- Quantité vendue et chiffre d'affaires de chaque produit (nom actuel), y compris ceux qui n'ont rien vendu.
SELECT p.reference,
       p.nom,
       coalesce(v.quantite, 0)    AS quantite,
       coalesce(v.ca_centimes, 0) AS ca_centimes
FROM produits p
LEFT JOIN (SELECT produit_ref, sum(quantite) AS quantite, sum(montant_centimes) AS ca_centimes
           FROM ventes_par_produit_magasin GROUP BY produit_ref) v ON v.produit_ref = p.reference
ORDER BY p.reference
