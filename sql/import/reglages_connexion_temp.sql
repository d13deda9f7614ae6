-- Titre : Cache de pages des tables de préparation (schéma temp)
PRAGMA temp.cache_size = -8192
