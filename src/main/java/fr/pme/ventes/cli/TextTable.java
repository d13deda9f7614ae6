package fr.pme.ventes.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: figures right-aligned, text left-aligned, no trailing blanks. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(texts);
        return this;
    }

    String render() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        boolean[] numeric = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            numeric[i] = rows.size() > 1;
            for (String[] row : rows.subList(1, rows.size())) {
                numeric[i] &= row[i].isEmpty() || row[i].matches("-?[0-9][0-9 ,.]*( €| %)?");
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(numeric[i] ? pad + row[i] : row[i] + pad).append("  ");
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
