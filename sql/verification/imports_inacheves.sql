-- Titre : Imports commencés mais jamais terminés (une exécution interrompue doit n'avoir rien laissé)
SELECT count(*) FROM imports WHERE termine_le IS NULL
