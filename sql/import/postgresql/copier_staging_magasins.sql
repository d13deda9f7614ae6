-- Titre : Chargement en bloc des magasins lus (PostgreSQL, COPY depuis le programme)
COPY staging_magasins (id, ville, region, nombre_salaries, ligne) FROM STDIN (FORMAT csv)
