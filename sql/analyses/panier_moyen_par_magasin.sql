-- Titre : Panier moyen par magasin
SELECT magasin_id,
       ville,
       sum(nombre_ventes) AS nombre_ventes,
       sum(montant_centimes) AS ca_centimes,
       CAST(round(sum(montant_centimes) * 1.0 / sum(nombre_ventes)) AS BIGINT) AS panier_moyen_centimes
FROM ventes_par_produit_magasin
GROUP BY magasin_id, ville
ORDER BY panier_moyen_centimes DESC, magasin_id
