-- Titre : Cache de pages de l'import (8 Mio pour la base, 8 Mio pour les tables de préparation)
-- Les ventes arrivent triées dans l'ordre de la clé : SQLite ajoute en fin d'arbre et ne relit presque aucune page.
-- 32 Mio (nécessaires quand la fusion insérait dans le désordre) ne gagnent plus rien en temps à 10 M de ventes,
-- et portaient la mémoire du processus de 230 à 280 Mo (deliverables/performance.md).
PRAGMA cache_size = -8192
