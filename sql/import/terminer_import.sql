-- Titre : Fin d'une exécution réussie
UPDATE imports SET termine_le = ? WHERE id = ?
