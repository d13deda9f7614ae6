-- Titre : Pas de compilation JIT pour les requêtes de l'import (PostgreSQL), le temps de la transaction
-- Les fusions d'un gros fichier dépassent le seuil de coût de la JIT, qui coûte alors plus qu'elle ne rapporte
-- sur des requêtes exécutées une seule fois.
SET LOCAL jit = off
