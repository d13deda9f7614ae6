-- Titre : Intégrité du fichier SQLite (pages, index, contraintes NOT NULL et CHECK)
PRAGMA integrity_check
