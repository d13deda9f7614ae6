-- Titre : Lignes des agrégats valorisés qui ne correspondent pas aux ventes valorisées
-- Les analyses lisent agregats_jours et agregats_produits_magasins, tenus à jour par l'import pour les jours qu'il
-- touche : ils doivent être exactement ventes_valorisees regroupée par jour, et par produit et version de magasin.
WITH jours AS (
    SELECT date_vente, sum(nombre_ventes) AS nombre_ventes, sum(quantite) AS quantite,
           sum(montant_centimes) AS montant_centimes
    FROM ventes_valorisees
    GROUP BY date_vente
),
produits_magasins AS (
    SELECT produit_ref, magasin_id, magasin_version, sum(nombre_ventes) AS nombre_ventes, sum(quantite) AS quantite,
           sum(montant_centimes) AS montant_centimes
    FROM ventes_valorisees
    GROUP BY produit_ref, magasin_id, magasin_version
),
-- Chaque écart dans sa sous-requête, comme dans resume_incoherent.sql.
ecarts AS (
    SELECT count(*) AS lignes FROM (SELECT * FROM jours
        EXCEPT SELECT date_vente, nombre_ventes, quantite, montant_centimes FROM agregats_jours) manquants_jours
    UNION ALL
    SELECT count(*) FROM (SELECT date_vente, nombre_ventes, quantite, montant_centimes FROM agregats_jours
        EXCEPT SELECT * FROM jours) en_trop_jours
    UNION ALL
    SELECT count(*) FROM (SELECT * FROM produits_magasins
        EXCEPT SELECT produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes
               FROM agregats_produits_magasins) manquants_produits_magasins
    UNION ALL
    SELECT count(*) FROM (SELECT produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes
               FROM agregats_produits_magasins
        EXCEPT SELECT * FROM produits_magasins) en_trop_produits_magasins
)
SELECT sum(lignes) FROM ecarts
