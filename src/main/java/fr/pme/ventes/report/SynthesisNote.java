package fr.pme.ventes.report;

import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Euros;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The note de synthèse, built only from the analysis results stored in the database (never recomputed from the
 * sales), so its figures are the database's. Every sentence of interpretation is derived from those figures.
 */
public final class SynthesisNote {
    public static final String TITLE = "Note de synthèse — ventes de la PME";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final AnalysisRun run;
    private final long total;
    private final List<Document.Block> blocks = new ArrayList<>();

    private SynthesisNote(AnalysisRun run) {
        this.run = run;
        this.total = run.totalCents();
    }

    /** The document; its charts are {@link Document.Chart} blocks, named graphiques/&lt;file&gt;.svg in Markdown. */
    public static Document build(AnalysisRun run) {
        SynthesisNote note = new SynthesisNote(run);
        note.write();
        return new Document(TITLE, List.copyOf(note.blocks));
    }

    private void write() {
        Map<String, Object> totals = rows(Analysis.CA_TOTAL).get(0);
        List<Map<String, Object>> days = rows(Analysis.PAR_JOUR);
        paragraph("Cette note est produite par `ventes report` à partir des résultats d’analyse enregistrés dans la "
                + "base (dernière exécution des analyses) : chaque chiffre est celui de la base, les requêtes qui les "
                + "calculent sont dans [requetes.sql](requetes.sql).");
        if (total == 0 || days.isEmpty()) {
            heading(2, "Résumé");
            paragraph("Aucune vente n’est enregistrée dans la base : il n’y a rien à analyser.");
            return;
        }
        LocalDate first = LocalDate.parse(text(days.get(0), "jour"));
        LocalDate last = LocalDate.parse(text(days.get(days.size() - 1), "jour"));
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        long sales = number(totals, "nombre_ventes");
        long items = number(totals, "quantite");
        long basket = number(rows(Analysis.PANIER_MOYEN).get(0), "panier_moyen_centimes");

        heading(2, "Résumé");
        bullets(List.of(
                "Période couverte : du " + first.format(DATE) + " au " + last.format(DATE) + " (" + span + " jours, dont "
                        + days.size() + " avec des ventes).",
                "Chiffre d’affaires total : **" + Euros.format(total) + "**.",
                "Ventes : " + Euros.number(sales) + " pour " + Euros.number(items) + " articles ; panier moyen "
                        + Euros.format(basket) + " par vente.",
                "Chiffre d’affaires moyen par jour de la période : " + Euros.format(Math.round((double) total / span)) + "."));

        products();
        regions();
        cities();
        daily(days, first, last);
        heading(2, "Méthode");
        paragraph("Chaque vente est valorisée au prix du produit en vigueur à sa date (historique des prix), et rattachée "
                + "à la ville et à la région de son magasin à cette date. Les parts sont calculées sur le chiffre "
                + "d’affaires total ; les montants sont arrondis au centime, les parts au dixième de point.");
    }

    private void products() {
        List<Map<String, Object>> rows = rows(Analysis.PAR_PRODUIT);
        heading(2, "Chiffre d’affaires par produit");
        List<List<String>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            table.add(List.of(text(r, "reference"), text(r, "nom"), Euros.number(number(r, "quantite")),
                    Euros.format(number(r, "ca_centimes")), share(number(r, "ca_centimes"))));
        }
        table(List.of("Référence", "Produit", "Quantité", "Chiffre d’affaires", "Part"), List.of(false, false, true, true, true), table);
        List<Map<String, Object>> ranked = byRevenue(rows);
        chart("ca-par-produit.svg", "Chiffre d’affaires par produit",
                ranked.stream().map(r -> text(r, "nom") + " (" + text(r, "reference") + ")").toList(),
                ranked.stream().map(r -> number(r, "ca_centimes")).toList());
        Map<String, Object> best = ranked.get(0);
        Map<String, Object> worst = ranked.get(ranked.size() - 1);
        List<String> sentences = new ArrayList<>();
        sentences.add("**" + text(best, "nom") + "** est le premier produit : " + Euros.format(number(best, "ca_centimes"))
                + ", soit " + share(number(best, "ca_centimes")) + " du chiffre d’affaires, pour "
                + Euros.number(number(best, "quantite")) + " unités vendues.");
        Map<String, Object> mostSold = rows.stream().max(Comparator.comparingLong(r -> number(r, "quantite"))).orElseThrow();
        if (mostSold != best) {
            sentences.add(text(mostSold, "nom") + " est le plus vendu en nombre d’unités ("
                    + Euros.number(number(mostSold, "quantite")) + ") mais n’arrive qu’au rang " + (ranked.indexOf(mostSold) + 1)
                    + " en chiffre d’affaires : son prix est plus bas.");
        }
        if (ranked.size() > 2) {
            long topTwo = number(ranked.get(0), "ca_centimes") + number(ranked.get(1), "ca_centimes");
            sentences.add("Les deux premiers produits font " + share(topTwo) + " du chiffre d’affaires.");
        }
        if (ranked.size() > 1) {
            sentences.add(text(worst, "nom") + " ferme la marche avec " + Euros.format(number(worst, "ca_centimes"))
                    + " (" + share(number(worst, "ca_centimes")) + ").");
        }
        paragraph(String.join(" ", sentences));
    }

    private void regions() {
        List<Map<String, Object>> rows = byRevenue(rows(Analysis.PAR_REGION));
        heading(2, "Chiffre d’affaires par région");
        List<List<String>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            table.add(List.of(text(r, "region"), Euros.number(number(r, "quantite")), Euros.format(number(r, "ca_centimes")),
                    share(number(r, "ca_centimes"))));
        }
        table(List.of("Région", "Quantité", "Chiffre d’affaires", "Part"), List.of(false, true, true, true), table);
        chart("ca-par-region.svg", "Chiffre d’affaires par région", rows.stream().map(r -> text(r, "region")).toList(),
                rows.stream().map(r -> number(r, "ca_centimes")).toList());
        Map<String, Object> best = rows.get(0);
        StringBuilder text = new StringBuilder("**" + text(best, "region") + "** arrive en tête avec "
                + Euros.format(number(best, "ca_centimes")) + " (" + share(number(best, "ca_centimes")) + ")");
        if (rows.size() > 1) {
            Map<String, Object> second = rows.get(1);
            Map<String, Object> worst = rows.get(rows.size() - 1);
            text.append(", devant ").append(text(second, "region")).append(" (").append(share(number(second, "ca_centimes")))
                    .append("). ").append(text(worst, "region")).append(" est la région la plus faible (")
                    .append(Euros.format(number(worst, "ca_centimes"))).append(", ").append(share(number(worst, "ca_centimes")))
                    .append(")");
            if (number(worst, "ca_centimes") > 0) {
                text.append(", ").append(ratio(number(best, "ca_centimes"), number(worst, "ca_centimes")))
                        .append(" fois moins que la première");
            }
        }
        text.append(". ").append(rows.size()).append(rows.size() > 1 ? " régions ont des ventes." : " région a des ventes.");
        paragraph(text.toString());
        productSharesPerRegion(rows.stream().map(r -> text(r, "region")).toList());
    }

    /** Each product's share of each region's revenue (analysis part_produit_par_region): one row per region. */
    private void productSharesPerRegion(List<String> regions) {
        List<String> products = rows(Analysis.PAR_PRODUIT).stream().map(r -> text(r, "reference")).toList();
        Map<List<String>, Map<String, Object>> cells = new HashMap<>();
        rows(Analysis.PART_PRODUIT_PAR_REGION).forEach(r -> cells.put(List.of(text(r, "region"), text(r, "reference")), r));
        heading(3, "Part de chaque produit dans le chiffre d’affaires de chaque région");
        List<List<String>> table = new ArrayList<>();
        List<String> leaders = new ArrayList<>();
        for (String region : regions) {
            List<String> line = new ArrayList<>(List.of(region));
            Map<String, Object> leader = null;
            for (String product : products) {
                Map<String, Object> cell = cells.get(List.of(region, product));
                line.add(cell == null ? "—" : Euros.percent(((Number) cell.get("part_pct")).doubleValue()));
                if (cell != null && (leader == null || number(cell, "ca_centimes") > number(leader, "ca_centimes"))) {
                    leader = cell;
                }
            }
            table.add(line);
            if (leader != null) {
                leaders.add(region + " : " + text(leader, "reference") + " ("
                        + Euros.percent(((Number) leader.get("part_pct")).doubleValue()) + ")");
            }
        }
        List<String> header = new ArrayList<>(List.of("Région"));
        header.addAll(products);
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        products.forEach(product -> numeric.add(true));
        table(header, numeric, table);
        paragraph("Premier produit de chaque région : " + String.join(" ; ", leaders) + ". Un tiret : produit non vendu "
                + "dans la région.");
    }

    private void cities() {
        List<Map<String, Object>> rows = byRevenue(rows(Analysis.PAR_VILLE));
        heading(2, "Chiffre d’affaires par ville");
        List<List<String>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            table.add(List.of(text(r, "ville"), text(r, "region"), Euros.number(number(r, "quantite")),
                    Euros.format(number(r, "ca_centimes")), share(number(r, "ca_centimes"))));
        }
        table(List.of("Ville", "Région", "Quantité", "Chiffre d’affaires", "Part"), List.of(false, false, true, true, true), table);
        chart("ca-par-ville.svg", "Chiffre d’affaires par ville", rows.stream().map(r -> text(r, "ville")).toList(),
                rows.stream().map(r -> number(r, "ca_centimes")).toList());
        List<String> sentences = new ArrayList<>();
        sentences.add("**" + text(rows.get(0), "ville") + "** est la ville la plus active ("
                + Euros.format(number(rows.get(0), "ca_centimes")) + ")"
                + (rows.size() > 1 ? ", " + text(rows.get(rows.size() - 1), "ville") + " la moins active ("
                + Euros.format(number(rows.get(rows.size() - 1), "ca_centimes")) + ")" : "") + ".");
        if (rows.size() > 3) {
            long topThree = rows.subList(0, 3).stream().mapToLong(r -> number(r, "ca_centimes")).sum();
            sentences.add("Les trois premières villes réunissent " + share(topThree) + " du chiffre d’affaires.");
        }
        List<Map<String, Object>> perEmployee = rows(Analysis.CA_PAR_SALARIE).stream()
                .filter(r -> r.get("ca_par_salarie_centimes") != null).toList();
        if (perEmployee.size() > 1) {
            heading(3, "Magasins : chiffre d’affaires par salarié et panier moyen");
            Map<String, Map<String, Object>> baskets = new java.util.HashMap<>();
            rows(Analysis.PANIER_MOYEN_PAR_MAGASIN).forEach(r -> baskets.put(String.valueOf(r.get("magasin_id")), r));
            List<List<String>> stores = new ArrayList<>();
            for (Map<String, Object> r : perEmployee) {
                Map<String, Object> basket = baskets.get(String.valueOf(r.get("magasin_id")));
                stores.add(List.of(String.valueOf(r.get("magasin_id")), text(r, "ville"), Euros.number(number(r, "nombre_salaries")),
                        Euros.format(number(r, "ca_centimes")), Euros.format(number(r, "ca_par_salarie_centimes")),
                        basket == null ? "" : Euros.format(number(basket, "panier_moyen_centimes"))));
            }
            table(List.of("Magasin", "Ville", "Salariés", "Chiffre d’affaires", "Par salarié", "Panier moyen"),
                    List.of(true, false, true, true, true, true), stores);
            Map<String, Object> best = perEmployee.get(0);
            Map<String, Object> worst = perEmployee.get(perEmployee.size() - 1);
            sentences.add("Rapporté à l’effectif, le magasin de " + text(best, "ville") + " est le plus productif ("
                    + Euros.format(number(best, "ca_par_salarie_centimes")) + " par salarié), celui de " + text(worst, "ville")
                    + " le moins (" + Euros.format(number(worst, "ca_par_salarie_centimes")) + ").");
        }
        paragraph(String.join(" ", sentences));
    }

    private void daily(List<Map<String, Object>> days, LocalDate first, LocalDate last) {
        heading(2, "Évolution quotidienne");
        chart("ca-par-jour.svg", "Chiffre d’affaires par jour",
                days.stream().map(r -> LocalDate.parse(text(r, "jour"))).toList(),
                days.stream().map(r -> number(r, "ca_centimes")).toList(), true);
        Map<String, Object> best = days.stream().max(Comparator.comparingLong(r -> number(r, "ca_centimes"))).orElseThrow();
        Map<String, Object> worst = days.stream().min(Comparator.comparingLong(r -> number(r, "ca_centimes"))).orElseThrow();
        List<String> sentences = new ArrayList<>();
        sentences.add("Le meilleur jour est le " + LocalDate.parse(text(best, "jour")).format(LONG_DATE) + " ("
                + Euros.format(number(best, "ca_centimes")) + "), le plus faible le "
                + LocalDate.parse(text(worst, "jour")).format(LONG_DATE) + " (" + Euros.format(number(worst, "ca_centimes")) + ").");
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span >= 4) {
            LocalDate middle = first.plusDays(span / 2);
            long before = days.stream().filter(r -> LocalDate.parse(text(r, "jour")).isBefore(middle))
                    .mapToLong(r -> number(r, "ca_centimes")).sum();
            long after = total - before;
            String trend;
            if (before == 0) {
                trend = "l’activité démarre dans la seconde moitié.";
            } else {
                double change = 100.0 * (after * (span / 2) - before * (span - span / 2)) / (before * (double) (span - span / 2));
                trend = "soit " + signed(change) + " par jour en moyenne : l’activité est "
                        + (Math.abs(change) < 5 ? "stable" : change > 0 ? "en hausse" : "en baisse") + " sur la période.";
            }
            sentences.add("Du " + middle.format(DATE) + " au " + last.format(DATE) + ", le chiffre d’affaires atteint "
                    + Euros.format(after) + " contre " + Euros.format(before) + " du " + first.format(DATE) + " au "
                    + middle.minusDays(1).format(DATE) + ", " + trend);
        }
        paragraph(String.join(" ", sentences));

        List<Map<String, Object>> weekdays = rows(Analysis.PAR_JOUR_SEMAINE);
        if (weekdays.size() > 1) {
            heading(3, "Par jour de la semaine");
            List<List<String>> table = new ArrayList<>();
            for (Map<String, Object> r : weekdays) {
                table.add(List.of(text(r, "jour_semaine"), Euros.number(number(r, "nombre_ventes")),
                        Euros.number(number(r, "quantite")), Euros.format(number(r, "ca_centimes")),
                        share(number(r, "ca_centimes"))));
            }
            table(List.of("Jour", "Ventes", "Quantité", "Chiffre d’affaires", "Part"), List.of(false, true, true, true, true), table);
            List<Map<String, Object>> ranked = byRevenue(weekdays);
            paragraph("Le " + text(ranked.get(0), "jour_semaine") + " est le jour de la semaine le plus fort ("
                    + share(number(ranked.get(0), "ca_centimes")) + " du chiffre d’affaires), le "
                    + text(ranked.get(ranked.size() - 1), "jour_semaine") + " le plus faible ("
                    + share(number(ranked.get(ranked.size() - 1), "ca_centimes")) + ").");
        }
    }

    // --- helpers

    private List<Map<String, Object>> rows(Analysis analysis) {
        return run.get(analysis).rows();
    }

    /** Highest revenue first; equal revenues keep the query's order. */
    private static List<Map<String, Object>> byRevenue(List<Map<String, Object>> rows) {
        return rows.stream().sorted(Comparator.comparingLong((Map<String, Object> r) -> number(r, "ca_centimes")).reversed()).toList();
    }

    private String share(long cents) {
        return Euros.percent(100.0 * cents / total);
    }

    private static String ratio(long a, long b) {
        return Euros.percent((double) a / b).replace(" %", "");
    }

    private static String signed(double percent) {
        return (percent >= 0 ? "+" : "−") + Euros.percent(Math.abs(percent));
    }

    static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? "" : value.toString();
    }

    private void heading(int level, String text) {
        blocks.add(new Document.Heading(level, text));
    }

    private void paragraph(String text) {
        blocks.add(new Document.Paragraph(text));
    }

    private void bullets(List<String> items) {
        blocks.add(new Document.Bullets(items));
    }

    private void table(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
        blocks.add(new Document.Table(header, numeric, rows));
    }

    private void chart(String file, String title, List<String> labels, List<Long> cents) {
        blocks.add(new Document.Chart(file, title, SvgCharts.bars(title, labels, cents)));
    }

    private void chart(String file, String title, List<LocalDate> days, List<Long> cents, boolean line) {
        blocks.add(new Document.Chart(file, title, SvgCharts.line(title, days, cents)));
    }
}
