-- Titre : Chargement en bloc des produits lus (PostgreSQL, COPY depuis le programme)
COPY staging_produits (reference, nom, prix_centimes, stock, ligne) FROM STDIN (FORMAT csv)
