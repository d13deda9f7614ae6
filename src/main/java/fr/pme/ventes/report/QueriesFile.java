package fr.pme.ventes.report;

import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.storage.SqlScript;

/** deliverables/requetes.sql: every analysis query of sql/analyses, in the order the tool runs them, commented in French. */
public final class QueriesFile {
    private QueriesFile() {
    }

    public static String text() {
        StringBuilder out = new StringBuilder();
        out.append("-- Requêtes d’analyse des ventes (SQLite)\n")
                .append("-- Fichier assemblé par « ventes livrables » à partir de sql/analyses/ : ne pas le modifier à la main.\n")
                .append("-- Chaque requête lit les vues ventes_par_jour et ventes_par_produit_magasin, où chaque vente est\n")
                .append("-- valorisée au prix en vigueur à sa date (définitions : « ventes schema --format sql »). Son résultat\n")
                .append("-- est enregistré dans la table analyses_resultats sous le nom de l’analyse ; la note de synthèse le relit.\n")
                .append("-- Montants en centimes (colonnes *_centimes). Exécution directe : sqlite3 data/ventes.db < requetes.sql\n");
        int n = 0;
        for (Analysis analysis : Analysis.values()) {
            String sql = SqlScript.load(analysis.script()).strip();
            out.append("\n-- ").append("=".repeat(100)).append('\n')
                    .append("-- ").append(++n).append(". ").append(SqlScript.title(analysis.script()))
                    .append("  (analyse « ").append(analysis.key()).append(" », fichier sql/").append(analysis.script()).append(")\n")
                    .append("-- ").append("=".repeat(100)).append('\n')
                    .append(sql).append(sql.endsWith(";") ? "\n" : ";\n");
        }
        return out.toString();
    }
}
