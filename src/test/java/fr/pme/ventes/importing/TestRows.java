package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A one-cell CSV row read through the real CsvTable, to test the value parsers on real input. */
final class TestRows {
    static final Column COLUMN = Column.required("Valeur", "Valeur");

    private TestRows() {
    }

    static CsvTable.Row row(String value) {
        try {
            Path file = Files.createTempFile("row", ".csv");
            file.toFile().deleteOnExit();
            Files.writeString(file, "Valeur\n\"" + value.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
            try (CsvTable table = CsvTable.open(DataFile.VENTES, "test", file, List.of(COLUMN))) {
                return table.iterator().next();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
