-- Titre : Analyses stockées aussi telles que --json les imprime
-- Les analyses de chaque exécution telles que `--json` les imprime (montants en euros), écrites avec leurs lignes :
-- une exécution dont les sources n'ont pas changé les imprime telles quelles, sans relire ni convertir les milliers
-- de lignes stockées (ticket #7). Vide pour les exécutions enregistrées avant cette migration : une exécution
-- `--json` les recalcule.
ALTER TABLE analyses_executions ADD COLUMN sortie_json TEXT;
