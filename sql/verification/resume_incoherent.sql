-- Titre : Jours et produits dont le résumé quotidien ne correspond pas aux ventes
-- Les analyses lisent ventes_resume : il doit être exactement l'agrégat de ventes.
WITH attendu AS (
    SELECT date_vente, produit_ref, magasin_id, sum(quantite) AS quantite, count(*) AS nombre_ventes
    FROM ventes
    GROUP BY date_vente, produit_ref, magasin_id
),
ecarts AS (
    SELECT * FROM attendu EXCEPT SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes FROM ventes_resume
    UNION ALL
    SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes FROM ventes_resume EXCEPT SELECT * FROM attendu
)
SELECT count(*) FROM ecarts
