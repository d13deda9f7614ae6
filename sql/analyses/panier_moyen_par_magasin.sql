-- Titre : Panier moyen par magasin
SELECT magasin_id,
       ville,
       count(*) AS nombre_ventes,
       sum(montant_centimes) AS ca_centimes,
       CAST(round(avg(montant_centimes)) AS INTEGER) AS panier_moyen_centimes
FROM ventes_valorisees
GROUP BY magasin_id, ville
ORDER BY panier_moyen_centimes DESC, magasin_id
