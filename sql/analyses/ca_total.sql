-- Titre : Chiffre d'affaires total
-- Chaque vente est valorisée au prix du produit en vigueur à sa date (vue ventes_valorisees).
SELECT coalesce(sum(nombre_ventes), 0)    AS nombre_ventes,
       coalesce(sum(quantite), 0)         AS quantite,
       coalesce(sum(montant_centimes), 0) AS ca_centimes
FROM ventes_par_jour
