-- Titre : Début des imports qui ont changé des données (les résultats calculés avant eux sont périmés)
SELECT DISTINCT i.commence_le
FROM imports i
JOIN imports_fichiers f ON f.import_id = i.id
WHERE i.termine_le IS NOT NULL AND (f.inserees > 0 OR f.mises_a_jour > 0)
