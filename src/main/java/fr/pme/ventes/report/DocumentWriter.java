package fr.pme.ventes.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a {@link Document} as Markdown (charts as linked files) or as one self-contained HTML page (charts inline). */
public final class DocumentWriter {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`(.+?)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");

    private DocumentWriter() {
    }

    public static String markdown(Document document, String chartFolder) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n");
        for (Document.Block block : document.blocks()) {
            out.append('\n');
            if (block instanceof Document.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
            } else if (block instanceof Document.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Document.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(item).append('\n'));
            } else if (block instanceof Document.Table t) {
                out.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                t.numeric().forEach(n -> out.append(n ? "---:|" : "---|"));
                out.append('\n');
                t.rows().forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
            } else if (block instanceof Document.Chart c) {
                out.append("![").append(c.title()).append("](")
                        .append(chartFolder.isEmpty() ? "" : chartFolder + "/").append(c.file()).append(")\n");
            }
        }
        return out.toString();
    }

    public static String html(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#222;line-height:1.45}\n")
                .append("h1{color:#1f3f66}h2{color:#1f3f66;border-bottom:1px solid #ccd;padding-bottom:.2rem;margin-top:2rem}\n")
                .append("table{border-collapse:collapse;margin:.8rem 0}th,td{border:1px solid #ccd;padding:.25rem .6rem}"
                        + "th{background:#eef2f8}td.n{text-align:right;white-space:nowrap}\n")
                .append("figure{margin:1rem 0}svg{max-width:100%;height:auto}code{background:#f3f3f3;padding:0 .2rem}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(document.title())).append("</h1>\n");
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Heading h) {
                out.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Document.Paragraph p) {
                out.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Document.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(inline(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Document.Table t) {
                table(out, t);
            } else if (block instanceof Document.Chart c) {
                out.append("<figure>\n").append(c.svg()).append("</figure>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, Document.Table t) {
        out.append("<table>\n<thead><tr>");
        t.header().forEach(h -> out.append("<th>").append(inline(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(t.numeric().get(i) ? "<td class=\"n\">" : "<td>").append(inline(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Escapes, then turns **bold**, `code` and [text](link) into HTML. */
    static String inline(String text) {
        String html = escape(text);
        html = replace(BOLD, html, m -> "<strong>" + m.group(1) + "</strong>");
        html = replace(CODE, html, m -> "<code>" + m.group(1) + "</code>");
        return replace(LINK, html, m -> "<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply((Matcher) m)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
