-- Titre : Agrégats valorisés tenus à jour par l'import (SQLite)
-- Les analyses relisaient à chaque exécution tout le résumé quotidien (un tiers du nombre de ventes pour les données
-- générées) pour le valoriser et le regrouper : 6,6 s à 10 M de ventes. L'import tient désormais à jour deux agrégats
-- valorisés pour les seuls jours qu'il touche, et les vues lues par les analyses (mêmes noms, mêmes colonnes) les
-- lisent : quelques milliers de lignes, quelle que soit la taille des ventes (ticket #7).

DROP VIEW ventes_par_jour;
DROP VIEW ventes_par_produit_magasin;
DROP VIEW ventes_valorisees;

-- Les ventes de chaque jour, produit et magasin, avec le prix et le magasin en vigueur ce jour-là
-- (nombre_ventes compte les ventes regroupées sur la ligne ; magasin_version désigne la version du magasin).
CREATE VIEW ventes_valorisees AS
SELECT v.date_vente,
       v.produit_ref,
       v.magasin_id,
       v.quantite,
       v.nombre_ventes,
       p.prix_centimes,
       v.quantite * p.prix_centimes AS montant_centimes,
       m.ville,
       m.region,
       m.nombre_salaries,
       m.version AS magasin_version
FROM ventes_resume v
JOIN produits_versions p ON p.reference = v.produit_ref
                        AND (p.valide_du IS NULL OR v.date_vente >= p.valide_du)
                        AND (p.valide_au IS NULL OR v.date_vente < p.valide_au)
JOIN magasins_versions m ON m.magasin_id = v.magasin_id
                        AND (m.valide_du IS NULL OR v.date_vente >= m.valide_du)
                        AND (m.valide_au IS NULL OR v.date_vente < m.valide_au);

-- Ventes valorisées par jour (exactement ventes_valorisees regroupée par date_vente).
CREATE TABLE agregats_jours (
    date_vente       TEXT NOT NULL PRIMARY KEY,
    nombre_ventes    INTEGER NOT NULL,
    quantite         INTEGER NOT NULL,
    montant_centimes INTEGER NOT NULL
) WITHOUT ROWID;

-- Ventes valorisées par produit et par version de magasin (exactement ventes_valorisees regroupée ainsi) : la
-- ville, la région et l'effectif viennent de la version du magasin.
CREATE TABLE agregats_produits_magasins (
    produit_ref      TEXT NOT NULL REFERENCES produits (reference),
    magasin_id       INTEGER NOT NULL,
    magasin_version  INTEGER NOT NULL,
    nombre_ventes    INTEGER NOT NULL,
    quantite         INTEGER NOT NULL,
    montant_centimes INTEGER NOT NULL,
    PRIMARY KEY (produit_ref, magasin_id, magasin_version),
    FOREIGN KEY (magasin_id, magasin_version) REFERENCES magasins_versions (magasin_id, version)
) WITHOUT ROWID;

INSERT INTO agregats_jours (date_vente, nombre_ventes, quantite, montant_centimes)
SELECT date_vente, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
GROUP BY date_vente;

INSERT INTO agregats_produits_magasins (produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes)
SELECT produit_ref, magasin_id, magasin_version, sum(nombre_ventes), sum(quantite), sum(montant_centimes)
FROM ventes_valorisees
GROUP BY produit_ref, magasin_id, magasin_version;

-- Les ventes valorisées regroupées par jour : les analyses dans le temps (par jour, jour de la semaine, totaux).
CREATE VIEW ventes_par_jour AS
SELECT date_vente, nombre_ventes, quantite, montant_centimes
FROM agregats_jours;

-- Les ventes valorisées regroupées par produit et par magasin, avec la ville, la région et l'effectif du magasin
-- en vigueur à la date des ventes : la base des analyses par produit, magasin, ville et région.
CREATE VIEW ventes_par_produit_magasin AS
SELECT a.produit_ref,
       a.magasin_id,
       m.ville,
       m.region,
       m.nombre_salaries,
       sum(a.nombre_ventes)    AS nombre_ventes,
       sum(a.quantite)         AS quantite,
       sum(a.montant_centimes) AS montant_centimes
FROM agregats_produits_magasins a
JOIN magasins_versions m ON m.magasin_id = a.magasin_id AND m.version = a.magasin_version
GROUP BY a.produit_ref, a.magasin_id, m.ville, m.region, m.nombre_salaries;
