-- Titre : Chiffre d'affaires par jour
SELECT date_vente AS jour,
       sum(nombre_ventes)    AS nombre_ventes,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_jour
GROUP BY date_vente
ORDER BY date_vente
