-- Titre : Jours et produits dont le résumé quotidien ne correspond pas aux ventes
-- Les analyses lisent ventes_resume : il doit être exactement l'agrégat de ventes.
WITH attendu AS (
    SELECT date_vente, produit_ref, magasin_id, sum(quantite) AS quantite, count(*) AS nombre_ventes
    FROM ventes
    GROUP BY date_vente, produit_ref, magasin_id
),
-- Chaque écart dans sa sous-requête : EXCEPT et UNION ALL s'enchaînent de gauche à droite, et sans elles un groupe
-- absent du résumé serait retiré à nouveau par le dernier EXCEPT.
ecarts AS (
    SELECT * FROM (SELECT * FROM attendu
                   EXCEPT SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes FROM ventes_resume) manquants
    UNION ALL
    SELECT * FROM (SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes FROM ventes_resume
                   EXCEPT SELECT * FROM attendu) en_trop
)
SELECT count(*) FROM ecarts
