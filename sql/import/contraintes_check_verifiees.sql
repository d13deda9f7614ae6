-- Titre : Contraintes CHECK de nouveau évaluées après l'écriture directe des ventes (SQLite)
PRAGMA ignore_check_constraints = OFF
