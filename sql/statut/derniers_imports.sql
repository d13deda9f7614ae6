-- Titre : Dernières exécutions et ce que chacune a fait de chaque fichier
SELECT i.id, i.commence_le, i.termine_le, i.commande, f.fichier, f.statut, f.lues, f.inserees, f.mises_a_jour,
       f.inchangees, f.rejetees
FROM imports i
LEFT JOIN imports_fichiers f ON f.import_id = i.id
WHERE i.id > (SELECT coalesce(max(id), 0) FROM imports) - ?
ORDER BY i.id DESC, f.fichier
