package fr.pme.ventes.report;

import fr.pme.ventes.analysis.Euros;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Bar and line charts written as plain SVG text (java.base only: no AWT, no fonts needed to generate them, same
 * bytes on every machine). Text stays real {@code <text>}, so the figures can be searched and tested.
 */
final class SvgCharts {
    private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
    private static final String BAR = "#3b6ea5";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);

    private SvgCharts() {
    }

    /** Horizontal bars, one per label, values in cents, each bar labelled with its amount. */
    static String bars(String title, List<String> labels, List<Long> cents) {
        int labelWidth = 12 + 7 * labels.stream().mapToInt(String::length).max().orElse(10);
        int barArea = 420;
        int row = 26;
        int top = 40;
        int width = labelWidth + barArea + 110;
        int height = top + row * labels.size() + 20;
        long max = Math.max(1, cents.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(width, height, title);
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * row;
            double w = barArea * (double) cents.get(i) / max;
            svg.append(String.format(Locale.ROOT,
                    "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\">%s</text>%n",
                    labelWidth - 8, y + 15, escape(labels.get(i))));
            svg.append(String.format(Locale.ROOT,
                    "  <rect class=\"barre\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\" data-label=\"%s\" "
                            + "data-valeur=\"%s\"><title>%s : %s</title></rect>%n",
                    labelWidth, y + 2, w, BAR, escape(labels.get(i)), Euros.format(cents.get(i)),
                    escape(labels.get(i)), Euros.format(cents.get(i))));
            svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#333333\">%s</text>%n",
                    labelWidth + w + 6, y + 15, Euros.format(cents.get(i))));
        }
        return svg.append("</svg>\n").toString();
    }

    /** A line of daily amounts (cents), with a grid of round euro values and a date every few days. */
    static String line(String title, List<LocalDate> days, List<Long> cents) {
        int left = 90;
        int right = 20;
        int top = 40;
        int plotWidth = 640;
        int plotHeight = 260;
        int width = left + plotWidth + right;
        int height = top + plotHeight + 50;
        long max = Math.max(1, cents.stream().mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max / 5.0);
        long axisMax = ((max + step - 1) / step) * step;
        StringBuilder svg = open(width, height, title);
        for (long v = 0; v <= axisMax; v += step) {
            double y = top + plotHeight - plotHeight * (double) v / axisMax;
            svg.append(String.format(Locale.ROOT,
                    "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", left, y, left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s €</text>%n",
                    left - 6, y + 4, Euros.number(v / 100)));
        }
        int n = days.size();
        StringBuilder points = new StringBuilder();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotWidth / 2.0 : plotWidth * (double) i / (n - 1));
            double y = top + plotHeight - plotHeight * (double) cents.get(i) / axisMax;
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
            boolean lastFarEnough = i == n - 1 && i % every > every / 2;       // else it would overlap the previous date
            if (i % every == 0 || lastFarEnough) {
                svg.append(String.format(Locale.ROOT,
                        "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n",
                        x, top + plotHeight + 18, days.get(i).format(DAY)));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "  <polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", BAR, points));
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotWidth / 2.0 : plotWidth * (double) i / (n - 1));
            double y = top + plotHeight - plotHeight * (double) cents.get(i) / axisMax;
            svg.append(String.format(Locale.ROOT,
                    "  <circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" data-jour=\"%s\" data-valeur=\"%s\">"
                            + "<title>%s : %s</title></circle>%n",
                    x, y, BAR, days.get(i), Euros.format(cents.get(i)), days.get(i).format(DAY), Euros.format(cents.get(i))));
        }
        svg.append(String.format(Locale.ROOT,
                "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555555\"/>%n",
                left, top + plotHeight, left + plotWidth, top + plotHeight));
        return svg.append("</svg>\n").toString();
    }

    /** 1, 2 or 5 times a power of ten, in cents, at least {@code rough}. */
    private static long niceStep(double rough) {
        long power = 100;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long factor : new long[]{1, 2, 5, 10}) {
            if (power * factor >= rough) {
                return power * factor;
            }
        }
        return power * 10;
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"%s\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height, FONT, escape(title)));
        svg.append(String.format(Locale.ROOT, "  <rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "  <text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        return svg;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
