-- Titre : Clés étrangères de nouveau vérifiées après l'import (SQLite)
PRAGMA foreign_keys = ON
