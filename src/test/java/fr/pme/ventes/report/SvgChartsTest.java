package fr.pme.ventes.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgChartsTest {

    @Test
    void barsAreProportionalAndLabelsEscaped() {
        String svg = SvgCharts.bars("CA <test> & co", List.of("Côte d'Azur", "A&B"), List.of(100_000L, 25_000L));
        assertTrue(svg.contains("aria-label=\"CA &lt;test&gt; &amp; co\""), svg);
        assertTrue(svg.contains("width=\"420.0\" height=\"18\" fill=\"#3b6ea5\" data-label=\"Côte d&#39;Azur\" data-valeur=\"1 000,00 €\""), svg);
        assertTrue(svg.contains("width=\"105.0\" height=\"18\" fill=\"#3b6ea5\" data-label=\"A&amp;B\""), svg);
        assertFalse(svg.contains("A&B"), svg);
    }

    @Test
    void theLineHasOnePointPerDayAndRoundGridValues() {
        List<LocalDate> days = List.of(LocalDate.of(2023, 5, 27), LocalDate.of(2023, 5, 28), LocalDate.of(2023, 5, 29));
        String svg = SvgCharts.line("CA par jour", days, List.of(24_995L, 5_997L, 39_995L));
        assertEquals(3, svg.split("class=\"point\"", -1).length - 1);
        assertTrue(svg.contains(">400 €</text>"), svg);
        assertTrue(svg.contains(">27/05</text>"), svg);
        assertTrue(svg.contains("data-jour=\"2023-05-29\" data-valeur=\"399,95 €\""), svg);
    }

    @Test
    void sameFiguresSameBytes() {
        List<LocalDate> days = List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 2));
        assertEquals(SvgCharts.line("x", days, List.of(1L, 2L)), SvgCharts.line("x", days, List.of(1L, 2L)));
    }

    @Test
    void markdownAndHtmlCarryTheSameText() {
        Document doc = new Document("Titre", List.of(new Document.Paragraph("Total **5 268,78 €** selon `ventes report`"),
                new Document.Table(List.of("Région", "CA"), List.of(false, true), List.of(List.of("Île-de-France", "799,80 €")))));
        String md = DocumentWriter.markdown(doc, "graphiques");
        assertTrue(md.contains("Total **5 268,78 €** selon `ventes report`"), md);
        assertTrue(md.contains("| Région | CA |\n|---|---:|\n| Île-de-France | 799,80 € |"), md);
        String html = DocumentWriter.html(doc);
        assertTrue(html.contains("<p>Total <strong>5 268,78 €</strong> selon <code>ventes report</code></p>"), html);
        assertTrue(html.contains("<td>Île-de-France</td><td class=\"n\">799,80 €</td>"), html);
    }
}
