-- Titre : Régions connues
SELECT nom FROM regions
