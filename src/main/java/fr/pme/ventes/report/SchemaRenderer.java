package fr.pme.ventes.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the data model read from the database as a Mermaid erDiagram, a Graphviz dot MCD, SQL DDL or the French
 * deliverable deliverables/mcd.md. Pure text, deterministic: the same schema always gives the same bytes.
 */
public final class SchemaRenderer {
    private static final String FONT = "DejaVu Sans";
    private final DataModel model;
    private final Glossary glossary = new Glossary();

    public SchemaRenderer(DataModel model) {
        this.model = model;
    }

    public String mermaid() {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (DataModel.Table table : model.tables()) {
            for (DataModel.ForeignKey fk : table.foreignKeys()) {
                out.append("    ").append(fk.target())
                        .append(DataModel.mandatory(table, fk) ? " ||--o{ " : " |o--o{ ")
                        .append(table.name()).append(" : \"").append(glossary.verb(table.name(), fk)).append("\"\n");
            }
        }
        for (DataModel.Table table : model.tables()) {
            out.append("    ").append(table.name()).append(" {\n");
            for (DataModel.Column column : table.columns()) {
                out.append("        ").append(type(column)).append(' ').append(column.name());
                String keys = keys(table, column);
                if (!keys.isEmpty()) {
                    out.append(' ').append(keys);
                }
                if (column.required() && !column.key()) {
                    out.append(" \"obligatoire\"");
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        return out.toString();
    }

    public String dot() {
        StringBuilder out = new StringBuilder();
        out.append("// MCD généré par « ventes schema --format dot » depuis la base migrée : ne pas modifier à la main.\n");
        out.append("digraph mcd {\n");
        out.append("  graph [rankdir=LR, nodesep=0.35, ranksep=0.9, fontname=\"").append(FONT)
                .append("\", fontsize=12, labelloc=t, label=\"Modèle conceptuel des données — base des ventes\"];\n");
        out.append("  node [shape=plain, fontname=\"").append(FONT).append("\", fontsize=10];\n");
        out.append("  edge [fontname=\"").append(FONT).append("\", fontsize=9, color=\"#555555\", arrowhead=none];\n");
        for (String domain : List.of("metier", "suivi")) {
            out.append("  subgraph cluster_").append(domain).append(" {\n");
            out.append("    label=\"").append(domain.equals("metier") ? "Données métier" : "Suivi des exécutions")
                    .append("\"; style=rounded; color=\"#999999\";\n");
            for (DataModel.Table table : model.tables()) {
                if (glossary.domain(table.name()).equals(domain)) {
                    out.append("    ").append(table.name()).append(" [label=<").append(entity(table)).append(">];\n");
                }
            }
            out.append("  }\n");
        }
        for (DataModel.Table table : model.tables()) {
            for (DataModel.ForeignKey fk : table.foreignKeys()) {
                out.append("  ").append(table.name()).append(" -> ").append(fk.target())
                        .append(" [label=\"").append(glossary.verb(table.name(), fk))
                        .append("\", taillabel=\"").append(DataModel.mandatory(table, fk) ? "1,1" : "0,1")
                        .append("\", headlabel=\"0,n\"];\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static String entity(DataModel.Table table) {
        StringBuilder html = new StringBuilder("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        html.append("<tr><td bgcolor=\"#dde8f4\"><b>").append(escape(table.name())).append("</b></td></tr>");
        for (DataModel.Column column : table.columns()) {
            String name = escape(column.name()) + (table.isForeign(column.name()) ? " #" : "");
            if (column.key()) {
                name = "<u>" + name + "</u>";
            }
            html.append("<tr><td align=\"left\">").append(name).append(" <font color=\"#666666\">")
                    .append(escape(type(column).toLowerCase(Locale.ROOT))).append("</font></td></tr>");
        }
        return html.append("</table>").toString();
    }

    /** The DDL SQLite keeps for every table, index and view, in creation order. */
    public String sql() {
        StringBuilder out = new StringBuilder("-- Schéma de la base des ventes, lu dans la base migrée "
                + "(« ventes schema --format sql ») : tables, index et vues dans l’ordre de création.\n");
        for (DataModel.SchemaObject object : model.objects()) {
            if (object.sql() != null) {
                out.append('\n').append(object.sql().strip()).append(";\n");
            }
        }
        return out.toString();
    }

    /** deliverables/mcd.md: entities, relationships with their cardinalities in words, the Mermaid source, the picture. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Modèle conceptuel des données (MCD)\n\n");
        out.append("> Document généré par `ventes schema --format markdown` à partir du schéma de la base migrée "
                + "(tables, colonnes, clés lues dans SQLite) : ne pas le modifier à la main, relancer "
                + "`src/livrables/generer.sh`.\n\n");
        out.append("![MCD de la base des ventes](mcd.svg)\n\n");
        out.append("Lecture : chaque rectangle est une entité (une table) ; l’identifiant est souligné, `#` marque "
                + "une clé étrangère. Sur chaque lien, la cardinalité côté entité qui porte la clé (1,1 ou 0,1) dit "
                + "à combien d’occurrences de l’autre entité elle se rattache ; 0,n de l’autre côté.\n\n");
        out.append("Les montants sont en centimes (entiers), les dates en texte ISO-8601 (`AAAA-MM-JJ`).\n\n");
        out.append("## Entités\n");
        for (String domain : List.of("metier", "suivi")) {
            out.append("\n### ").append(domain.equals("metier") ? "Données métier" : "Suivi des exécutions").append("\n\n");
            out.append("| Entité | Rôle | Identifiant | Attributs |\n|---|---|---|---|\n");
            for (DataModel.Table table : model.tables()) {
                if (!glossary.domain(table.name()).equals(domain)) {
                    continue;
                }
                String id = table.columns().stream().filter(DataModel.Column::key)
                        .sorted(java.util.Comparator.comparingInt(DataModel.Column::keyRank))
                        .map(DataModel.Column::name).collect(Collectors.joining(", "));
                String attributes = table.columns().stream().filter(c -> !c.key()).map(DataModel.Column::name)
                        .collect(Collectors.joining(", "));
                out.append("| `").append(table.name()).append("` | ").append(glossary.role(table.name()))
                        .append(" | ").append(id).append(" | ").append(attributes).append(" |\n");
            }
        }
        out.append("\n## Associations et cardinalités\n\n");
        for (DataModel.Table table : model.tables()) {
            for (DataModel.ForeignKey fk : table.foreignKeys()) {
                boolean mandatory = DataModel.mandatory(table, fk);
                out.append("- ").append(capitalize(glossary.one(table.name()))).append(' ')
                        .append(glossary.verb(table.name(), fk)).append(' ')
                        .append(mandatory ? "exactement " : "au plus ").append(glossary.one(fk.target()))
                        .append(mandatory ? " (1,1)" : " (0,1)").append(" ; à ").append(glossary.one(fk.target()))
                        .append(" correspondent zéro, ").append(glossary.one(table.name()).startsWith("une ") ? "une" : "un")
                        .append(" ou plusieurs ").append(glossary.many(table.name()))
                        .append(" (0,n). Clé : `").append(table.name()).append('.')
                        .append(String.join(", ", fk.columns())).append("` → `").append(fk.target()).append('.')
                        .append(String.join(", ", fk.targetColumns())).append("`.\n");
            }
        }
        List<String> views = model.objects().stream().filter(o -> o.type().equals("view"))
                .map(o -> "`" + o.name() + "`").toList();
        if (!views.isEmpty()) {
            out.append("\n## Vues\n\nCalculées à la lecture, sans données propres (définitions : `ventes schema --format sql`) : ")
                    .append(String.join(", ", views)).append(".\n");
        }
        out.append("\n## Diagramme Mermaid\n\nLe même modèle en Mermaid (`ventes schema --format mermaid`), affiché tel "
                + "quel par GitHub et GitLab :\n\n```mermaid\n").append(mermaid()).append("```\n");
        return out.toString();
    }

    /** Tables missing from the glossary: the MCD would describe them as "à décrire". */
    public List<String> undescribed() {
        return model.tables().stream().map(DataModel.Table::name).filter(t -> !glossary.knows(t)).toList();
    }

    private static String type(DataModel.Column column) {
        return column.type() == null || column.type().isBlank() ? "ANY" : column.type();
    }

    private static String keys(DataModel.Table table, DataModel.Column column) {
        boolean fk = table.isForeign(column.name());
        return column.key() ? (fk ? "PK, FK" : "PK") : (fk ? "FK" : "");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
