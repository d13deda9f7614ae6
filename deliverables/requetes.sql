-- Requêtes d’analyse des ventes (SQLite)
-- Fichier assemblé par « ventes livrables » à partir de sql/analyses/ : ne pas le modifier à la main.
-- Chaque requête lit les vues ventes_par_jour et ventes_par_produit_magasin, où chaque vente est
-- valorisée au prix en vigueur à sa date (définitions : « ventes schema --format sql »). Son résultat
-- est enregistré dans la table analyses_resultats sous le nom de l’analyse ; la note de synthèse le relit.
-- Montants en centimes (colonnes *_centimes). Exécution directe : sqlite3 data/ventes.db < requetes.sql

-- ====================================================================================================
-- 1. Chiffre d'affaires total  (analyse « ca_total », fichier sql/analyses/ca_total.sql)
-- ====================================================================================================
-- Titre : Chiffre d'affaires total
-- Chaque vente est valorisée au prix du produit en vigueur à sa date (vue ventes_valorisees).
SELECT coalesce(sum(nombre_ventes), 0)    AS nombre_ventes,
       coalesce(sum(quantite), 0)         AS quantite,
       coalesce(sum(montant_centimes), 0) AS ca_centimes
FROM ventes_par_jour;

-- ====================================================================================================
-- 2. Ventes par produit  (analyse « par_produit », fichier sql/analyses/par_produit.sql)
-- ====================================================================================================
-- Titre : Ventes par produit
-- Quantité vendue et chiffre d'affaires de chaque produit (nom actuel), y compris ceux qui n'ont rien vendu.
SELECT p.reference,
       p.nom,
       coalesce(v.quantite, 0)    AS quantite,
       coalesce(v.ca_centimes, 0) AS ca_centimes
FROM produits p
LEFT JOIN (SELECT produit_ref, sum(quantite) AS quantite, sum(montant_centimes) AS ca_centimes
           FROM ventes_par_produit_magasin GROUP BY produit_ref) v ON v.produit_ref = p.reference
ORDER BY p.reference;

-- ====================================================================================================
-- 3. Ventes par région  (analyse « par_region », fichier sql/analyses/par_region.sql)
-- ====================================================================================================
-- Titre : Ventes par région
-- La région est celle du magasin à la date de la vente.
SELECT region,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_produit_magasin
GROUP BY region
ORDER BY ca_centimes DESC, region;

-- ====================================================================================================
-- 4. Ventes par ville  (analyse « par_ville », fichier sql/analyses/par_ville.sql)
-- ====================================================================================================
-- Titre : Ventes par ville
SELECT ville,
       region,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_produit_magasin
GROUP BY ville, region
ORDER BY ca_centimes DESC, ville;

-- ====================================================================================================
-- 5. Chiffre d'affaires par jour  (analyse « par_jour », fichier sql/analyses/par_jour.sql)
-- ====================================================================================================
-- Titre : Chiffre d'affaires par jour
SELECT date_vente AS jour,
       sum(nombre_ventes)    AS nombre_ventes,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_jour
GROUP BY date_vente
ORDER BY date_vente;

-- ====================================================================================================
-- 6. Chiffre d'affaires par jour de la semaine  (analyse « par_jour_semaine », fichier sql/analyses/par_jour_semaine.sql)
-- ====================================================================================================
-- Titre : Chiffre d'affaires par jour de la semaine
-- Numéro ISO du jour : 1 = lundi … 7 = dimanche (strftime('%w') compte dimanche 0).
SELECT CASE strftime('%w', date_vente)
           WHEN '1' THEN 'lundi' WHEN '2' THEN 'mardi' WHEN '3' THEN 'mercredi' WHEN '4' THEN 'jeudi'
           WHEN '5' THEN 'vendredi' WHEN '6' THEN 'samedi' ELSE 'dimanche' END AS jour_semaine,
       (CAST(strftime('%w', date_vente) AS INTEGER) + 6) % 7 + 1 AS numero,
       sum(nombre_ventes)    AS nombre_ventes,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_jour
GROUP BY numero, jour_semaine
ORDER BY numero;

-- ====================================================================================================
-- 7. Chiffre d'affaires par salarié et par magasin  (analyse « ca_par_salarie », fichier sql/analyses/ca_par_salarie.sql)
-- ====================================================================================================
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
ORDER BY ca_par_salarie_centimes DESC NULLS LAST, m.id;

-- ====================================================================================================
-- 8. Panier moyen (chiffre d'affaires par vente)  (analyse « panier_moyen », fichier sql/analyses/panier_moyen.sql)
-- ====================================================================================================
-- Titre : Panier moyen (chiffre d'affaires par vente)
SELECT coalesce(sum(nombre_ventes), 0) AS nombre_ventes,
       coalesce(sum(montant_centimes), 0) AS ca_centimes,
       CAST(round(coalesce(sum(montant_centimes) * 1.0 / nullif(sum(nombre_ventes), 0), 0)) AS BIGINT) AS panier_moyen_centimes
FROM ventes_par_jour;

-- ====================================================================================================
-- 9. Panier moyen par magasin  (analyse « panier_moyen_par_magasin », fichier sql/analyses/panier_moyen_par_magasin.sql)
-- ====================================================================================================
-- Titre : Panier moyen par magasin
SELECT magasin_id,
       ville,
       sum(nombre_ventes) AS nombre_ventes,
       sum(montant_centimes) AS ca_centimes,
       CAST(round(sum(montant_centimes) * 1.0 / sum(nombre_ventes)) AS BIGINT) AS panier_moyen_centimes
FROM ventes_par_produit_magasin
GROUP BY magasin_id, ville
ORDER BY panier_moyen_centimes DESC, magasin_id;

-- ====================================================================================================
-- 10. Part de chaque produit dans le chiffre d'affaires de chaque région  (analyse « part_produit_par_region », fichier sql/analyses/part_produit_par_region.sql)
-- ====================================================================================================
-- Titre : Part de chaque produit dans le chiffre d'affaires de chaque région
-- Le total de la région vient d'une fonction de fenêtre : une seule lecture des ventes.
SELECT region,
       produit_ref AS reference,
       sum(montant_centimes) AS ca_centimes,
       round(100.0 * sum(montant_centimes) / sum(sum(montant_centimes)) OVER (PARTITION BY region), 2) AS part_pct
FROM ventes_par_produit_magasin
GROUP BY region, produit_ref
ORDER BY region, ca_centimes DESC, produit_ref;
