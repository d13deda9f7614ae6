package fr.pme.ventes.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * deliverables/architecture.md and architecture.dot: the pipeline stages with the CDI beans the running application
 * actually has (read from the bean container, so a new or removed bean shows up), inside the two docker-compose
 * services and their shared volume.
 */
@ApplicationScoped
public class Architecture {
    private static final String BASE = "fr.pme.ventes";
    private static final String FONT = "DejaVu Sans";

    /** A stage of the pipeline: its package, what it does, what it writes. */
    public record Stage(String pkg, String name, String role, String writes, List<String> beans) {
    }

    private static final List<String[]> STAGES = List.of(
            new String[]{"cli", "Commandes", "Lit les options, enchaîne les étapes, affiche le bilan ; seul paquet qui écrit sur la console.", "sortie standard (texte ou JSON)"},
            new String[]{"acquisition", "Téléchargement", "Télécharge les trois CSV en flux (GET conditionnel, redirections, nouveaux essais) et les vérifie.", "landing/*.csv et *.properties"},
            new String[]{"importing", "Import", "Lit les CSV (encodage, séparateur, dates), remplit les tables de préparation, fusionne sans doublon, garde les refus.", "produits, magasins, ventes (+ versions), rejets, imports"},
            new String[]{"analysis", "Analyses", "Exécute sql/analyses/*.sql et enregistre chaque résultat.", "analyses_executions, analyses_resultats"},
            new String[]{"report", "Livrables", "Relit le schéma et les résultats enregistrés : note de synthèse, MCD, architecture, requêtes.", "deliverables/"},
            new String[]{"storage", "Stockage", "Connexions SQLite ou PostgreSQL (Agroal), migrations Flyway, exécution des fichiers sql/ (variantes sql/**/postgresql/).", "ventes.db ou base PostgreSQL"},
            new String[]{"demo", "Démonstration", "Génère des fichiers de ventes synthétiques (mesures de performance).", "fichiers CSV de test"});

    private final BeanManager beans;

    Architecture(BeanManager beans) {
        this.beans = beans;
    }

    /** The stages in pipeline order, each with the simple names of its beans, sorted. */
    public List<Stage> stages() {
        Map<String, TreeSet<String>> byPackage = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            String pkg = bean.getBeanClass().getPackageName();
            if (pkg.startsWith(BASE + ".")) {
                byPackage.computeIfAbsent(pkg.substring(BASE.length() + 1), p -> new TreeSet<>())
                        .add(bean.getBeanClass().getSimpleName());
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (String[] s : STAGES) {
            stages.add(new Stage(s[0], s[1], s[2], s[3], List.copyOf(byPackage.getOrDefault(s[0], new TreeSet<>()))));
        }
        return stages;
    }

    public String dot() {
        List<Stage> stages = stages();
        StringBuilder out = new StringBuilder();
        out.append("// Architecture générée par « ventes livrables » (composants CDI lus dans l’application) : ne pas modifier à la main.\n");
        out.append("digraph architecture {\n");
        out.append("  graph [rankdir=LR, compound=true, nodesep=0.3, ranksep=0.6, fontname=\"").append(FONT)
                .append("\", fontsize=12, labelloc=t, label=\"Architecture de ventes-pme : services, étapes et fichiers\"];\n");
        out.append("  node [fontname=\"").append(FONT).append("\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n");
        out.append("  edge [fontname=\"").append(FONT).append("\", fontsize=9, color=\"#555555\"];\n");
        out.append("  subgraph cluster_sources {\n    label=\"Sources HTTP publiées par la PME\"; style=dashed; color=\"#999999\";\n");
        for (String file : List.of("produits", "magasins", "ventes")) {
            out.append("    src_").append(file).append(" [shape=note, fillcolor=\"#fff8dc\", label=\"").append(file).append(".csv\"];\n");
        }
        out.append("  }\n");
        out.append("  subgraph cluster_scripts {\n    label=\"Service « scripts » : conteneur Java, commande ventes run\"; style=rounded; color=\"#3b6ea5\";\n");
        for (Stage stage : stages) {
            if (stage.beans().isEmpty()) {
                continue;           // a stage without beans (demo: plain classes) has nothing to draw
            }
            out.append("    ").append(stage.pkg()).append(" [shape=plain, label=<").append(stageLabel(stage)).append(">];\n");
        }
        out.append("  }\n");
        out.append("  subgraph cluster_volume {\n    label=\"Volume partagé (/data)\"; style=rounded; color=\"#8a6d3b\";\n");
        out.append("    landing [shape=folder, fillcolor=\"#f5f0e6\", label=\"landing/\\nCSV téléchargés + .properties\"];\n");
        out.append("    base [shape=cylinder, fillcolor=\"#f5f0e6\", label=\"ventes.db\\nSQLite\"];\n");
        out.append("  }\n");
        out.append("  subgraph cluster_db {\n    label=\"Service « db » : conteneur sqlite3\"; style=rounded; color=\"#3b6ea5\";\n");
        out.append("    sqlite3 [label=\"sqlite3\\nlecture des tables et des résultats\"];\n  }\n");
        out.append("  livrables [shape=folder, fillcolor=\"#eef6ee\", label=\"deliverables/\\nnote, MCD, requêtes\"];\n");
        for (String file : List.of("produits", "magasins", "ventes")) {
            out.append("  src_").append(file).append(" -> acquisition [label=\"").append(file.equals("magasins") ? "HTTP GET conditionnel" : "")
                    .append("\"];\n");
        }
        out.append("  cli -> acquisition [style=bold, color=\"#3b6ea5\", label=\"1\"];\n");
        out.append("  cli -> importing [style=bold, color=\"#3b6ea5\", label=\"2\"];\n");
        out.append("  cli -> analysis [style=bold, color=\"#3b6ea5\", label=\"3\"];\n");
        out.append("  cli -> report [style=bold, color=\"#3b6ea5\", label=\"4\"];\n");
        out.append("  acquisition -> landing [label=\"écrit\"];\n");
        out.append("  landing -> importing [label=\"lit\"];\n");
        out.append("  importing -> storage [label=\"prépare + fusionne\"];\n");
        out.append("  analysis -> storage [label=\"résultats\"];\n");
        out.append("  report -> storage [label=\"schéma + résultats\"];\n");
        out.append("  storage -> base [label=\"une transaction par exécution\"];\n");
        out.append("  report -> livrables [label=\"écrit\"];\n");
        out.append("  sqlite3 -> base [label=\"lit\"];\n");
        out.append("}\n");
        return out.toString();
    }

    private static String stageLabel(Stage stage) {
        StringBuilder html = new StringBuilder("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        html.append("<tr><td bgcolor=\"#dde8f4\"><b>").append(stage.name()).append("</b> <font color=\"#555555\">")
                .append(stage.pkg()).append("/</font></td></tr>");
        for (String bean : stage.beans()) {
            html.append("<tr><td align=\"left\">").append(bean).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    /** deliverables/architecture.md. */
    public Document document() {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Paragraph("> Document généré par `ventes livrables` (via `src/livrables/generer.sh`) : "
                + "les composants listés sont ceux que l’application enregistre réellement dans son conteneur CDI. "
                + "Ne pas le modifier à la main."));
        blocks.add(new Document.Chart("architecture.svg", "Architecture de ventes-pme", null));
        blocks.add(new Document.Heading(2, "Deux services, un volume"));
        blocks.add(new Document.Bullets(List.of(
                "**scripts** : le conteneur Java qui exécute `ventes run` (télécharger, importer, analyser, enregistrer) "
                        + "puis s’arrête ; il écrit dans le volume partagé.",
                "**db** : un conteneur `sqlite3` qui ouvre la même base pour la lire (tables, vues `derniers_*`), "
                        + "une fois le service scripts terminé avec succès.",
                "**Volume partagé** monté sur `/data` dans les deux conteneurs : `ventes.db` (la base SQLite) et "
                        + "`landing/` (les CSV téléchargés, chacun avec un `.properties` qui dit d’où il vient).",
                "**Sources HTTP** : les trois CSV publiés par la PME (produits, magasins, ventes), téléchargés sous "
                        + "condition (ETag, Last-Modified) : rien de nouveau, rien à faire.")));
        blocks.add(new Document.Heading(2, "Étapes du pipeline (service scripts)"));
        List<List<String>> rows = new ArrayList<>();
        for (Stage stage : stages()) {
            rows.add(List.of(stage.name(), "`" + stage.pkg() + "/`", stage.role(),
                    stage.beans().isEmpty() ? "—" : String.join(", ", stage.beans()), stage.writes()));
        }
        blocks.add(new Document.Table(List.of("Étape", "Paquet", "Rôle", "Composants CDI", "Écrit"),
                List.of(false, false, false, false, false), rows));
        blocks.add(new Document.Paragraph("Les dépendances vont dans un seul sens : `cli` appelle les étapes, les étapes "
                + "appellent `storage`, aucune étape n’appelle `cli`. Une exécution est une seule transaction : si un "
                + "fichier est inutilisable, la base reste telle qu’elle était."));
        blocks.add(new Document.Heading(2, "Fichiers SQL"));
        blocks.add(new Document.Bullets(List.of(
                "`sql/migrations/` : le schéma versionné (Flyway), décrit dans [mcd.md](mcd.md) et [schema.sql](schema.sql).",
                "`sql/import/` : tables de préparation et fusions `INSERT … SELECT … ON CONFLICT`.",
                "`sql/analyses/` : une requête par analyse, rassemblées dans [requetes.sql](requetes.sql).",
                "`sql/resultats/`, `sql/statut/`, `sql/schema/` : enregistrement et relecture des résultats, état de la "
                        + "base, lecture du schéma pour le MCD.")));
        blocks.add(new Document.Heading(2, "Passer à PostgreSQL"));
        blocks.add(new Document.Paragraph("Quand passer : plusieurs magasins qui écrivent en même temps, des analystes "
                + "qui interrogent la base toute la journée, ou des centaines de millions de ventes. SQLite reste le "
                + "bon choix tant qu'un seul traitement écrit à la fois."));
        blocks.add(new Document.Paragraph("Comment : la même application, la même image, les mêmes fichiers SQL. "
                + "`--db jdbc:postgresql://hôte:5432/ventes` (utilisateur et mot de passe dans `VENTES_DB_USER` et "
                + "`VENTES_DB_PASSWORD`) choisit la seconde source de données ; les tables de préparation sont remplies "
                + "par `COPY … FROM STDIN` ; seuls les fichiers qui diffèrent vraiment ont une variante sous "
                + "`sql/**/postgresql/`. `ventes copier --db data/ventes.db --vers jdbc:postgresql://…` recopie une base "
                + "existante, vérifiée par comptes et totaux ; le profil `postgres` de docker-compose.yml ajoute un service "
                + "PostgreSQL et le service `scripts-postgres` qui s'en sert."));
        blocks.add(new Document.Paragraph("Au-delà : le même SQL vise Citus (tables `ventes` et `ventes_resume` "
                + "distribuées sur `magasin_id`) ou YugabyteDB (même pilote, mêmes URL). Ces deux cibles sont décrites "
                + "sur le papier et n'ont pas été testées ici. Détails, mesures et limites : "
                + "[postgresql.md](postgresql.md)."));
        return new Document("Architecture de ventes-pme", blocks);
    }
}
