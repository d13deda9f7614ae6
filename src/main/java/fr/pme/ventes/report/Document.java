package fr.pme.ventes.report;

import java.util.List;

/**
 * A French document (note de synthèse, architecture) as blocks, written out as Markdown or self-contained HTML by
 * {@link DocumentWriter}, so both formats always carry the same content. Inline text may use **bold** and `code`.
 */
public record Document(String title, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Chart {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
    }

    /** {@code numeric}: right-aligned columns. */
    public record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows) implements Block {
    }

    /** A picture: {@code file} is its name next to the document (Markdown), {@code svg} is inlined in HTML. */
    public record Chart(String file, String title, String svg) implements Block {
    }
}
