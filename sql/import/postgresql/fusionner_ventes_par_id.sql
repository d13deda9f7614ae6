-- Titre : Fusion des ventes qui ont un identifiant (« ID vente ») : l'identifiant fait foi (PostgreSQL)
-- PostgreSQL n'accepte qu'une clause ON CONFLICT par INSERT : MERGE (PostgreSQL 15) fait la même chose en une
-- instruction. Une vente connue sous son identifiant est corrigée si le fichier la décrit autrement ; une vente
-- nouvelle est ajoutée, sauf si une vente sans identifiant a déjà cette clé naturelle. Le nombre renvoyé compte
-- les ventes ajoutées et corrigées, comme la version SQLite.
MERGE INTO ventes v
USING (SELECT date_vente, produit_ref, magasin_id, quantite,
              row_number() OVER (PARTITION BY date_vente, produit_ref, magasin_id, quantite ORDER BY ligne) AS occurrence,
              id_vente,
              CAST(? AS BIGINT) AS import_id
       FROM staging_ventes) s
ON v.id_vente = s.id_vente
WHEN MATCHED AND (v.date_vente <> s.date_vente OR v.produit_ref <> s.produit_ref
                  OR v.magasin_id <> s.magasin_id OR v.quantite <> s.quantite) THEN
    UPDATE SET date_vente = s.date_vente, produit_ref = s.produit_ref, magasin_id = s.magasin_id,
               quantite = s.quantite, import_id = s.import_id
WHEN NOT MATCHED AND NOT EXISTS (SELECT 1 FROM ventes k
                                 WHERE k.date_vente = s.date_vente AND k.produit_ref = s.produit_ref
                                   AND k.magasin_id = s.magasin_id AND k.quantite = s.quantite
                                   AND k.occurrence = s.occurrence) THEN
    INSERT (date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente, import_id)
    VALUES (s.date_vente, s.produit_ref, s.magasin_id, s.quantite, s.occurrence, s.id_vente, s.import_id)
