-- Titre : Cache de pages de l'import (64 Mio pour la base, autant pour les tables de préparation)
-- Le défaut de SQLite (2 Mio) fait relire les pages de l'arbre des ventes à chaque lot.
PRAGMA cache_size = -65536
