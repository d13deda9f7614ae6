-- Titre : Chargement en bloc des ventes préparées (PostgreSQL, COPY depuis le programme)
COPY staging_ventes (date_vente, produit_ref, magasin_id, quantite, ligne, id_vente) FROM STDIN (FORMAT csv)
