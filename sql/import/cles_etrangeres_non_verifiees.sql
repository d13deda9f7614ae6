-- Titre : Clés étrangères non vérifiées ligne à ligne pendant l'import (SQLite)
-- Le programme vérifie lui-même le produit et le magasin de chaque vente avant de l'écrire ; la vérification
-- ligne à ligne de SQLite doublerait le temps d'écriture des ventes. « ventes verifier » contrôle l'ensemble.
PRAGMA foreign_keys = OFF
