-- Titre : Chiffre d'affaires par salarié et par magasin
-- Effectif actuel du magasin ; un magasin sans effectif connu n'a pas de ratio (NULL).
SELECT m.id AS magasin_id,
       m.ville,
       m.nombre_salaries,
       coalesce(v.ca_centimes, 0) AS ca_centimes,
       CASE WHEN m.nombre_salaries > 0
            THEN CAST(round(coalesce(v.ca_centimes, 0) * 1.0 / m.nombre_salaries) AS BIGINT) END AS ca_par_salarie_centimes
FROM magasins m
LEFT JOIN (SELECT magasin_id, sum(montant_centimes) AS ca_centimes
           FROM ventes_par_produit_magasin GROUP BY magasin_id) v ON v.magasin_id = m.id
ORDER BY ca_par_salarie_centimes DESC NULLS LAST, m.id
