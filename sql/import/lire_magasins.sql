-- Titre : Identifiants des magasins connus
SELECT id FROM magasins
