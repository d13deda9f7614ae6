-- Titre : Contraintes CHECK non évaluées pendant l'écriture directe des ventes triées (SQLite)
-- Chaque valeur écrite vient d'une clé de vente déjà contrôlée par le programme (date lue et bornée, quantité et
-- rang positifs) ; le motif GLOB de la date coûtait à lui seul ~0,4 s par million de ventes. « ventes verifier »
-- (PRAGMA integrity_check) contrôle toutes les contraintes CHECK de la base.
PRAGMA ignore_check_constraints = ON
