-- Titre : Cache de pages de l'import (32 Mio pour la base, 16 Mio pour les tables de préparation)
-- Le défaut de SQLite (2 Mio) fait relire les pages de l'arbre des ventes à chaque lot. Au-delà de 32 Mio, rien
-- n'est gagné en temps à 1 M de ventes, mais la mémoire du processus dépasse 256 Mo (deliverables/performance.md).
PRAGMA cache_size = -32768
