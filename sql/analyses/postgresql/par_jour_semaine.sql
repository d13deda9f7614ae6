-- Titre : Chiffre d'affaires par jour de la semaine
-- Numéro ISO du jour : 1 = lundi … 7 = dimanche (PostgreSQL : extract(isodow), SQLite : strftime('%w')).
SELECT CASE extract(isodow FROM CAST(date_vente AS date))
           WHEN 1 THEN 'lundi' WHEN 2 THEN 'mardi' WHEN 3 THEN 'mercredi' WHEN 4 THEN 'jeudi'
           WHEN 5 THEN 'vendredi' WHEN 6 THEN 'samedi' ELSE 'dimanche' END AS jour_semaine,
       CAST(extract(isodow FROM CAST(date_vente AS date)) AS INTEGER) AS numero,
       sum(nombre_ventes)    AS nombre_ventes,
       sum(quantite)         AS quantite,
       sum(montant_centimes) AS ca_centimes
FROM ventes_par_jour
GROUP BY numero, jour_semaine
ORDER BY numero
