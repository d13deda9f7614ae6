-- Titre : Chargement en bloc des jours touchés (PostgreSQL, COPY depuis le programme)
COPY staging_jours (date_vente) FROM STDIN (FORMAT csv)
