package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableTest {
    @TempDir
    Path tmp;

    @Test
    void headersMatchIgnoringCaseAccentsAndSpacing() throws IOException {
        Path file = write("  quantite ;DATE;id reference PRODUIT;Id  Magasin;Remarque\r\n2;2023-05-27;REF001;1;x\r\n",
                StandardCharsets.UTF_8);
        try (CsvTable table = CsvTable.open(DataFile.VENTES, "test", file, SaleFile.COLUMNS)) {
            CsvTable.Row row = table.iterator().next();
            assertEquals("REF001", row.get(SaleFile.PRODUCT));
            assertEquals("2", row.get(SaleFile.QUANTITY));
            assertEquals(';', table.dialect().delimiter());
            assertEquals(List.of("Remarque"), table.ignoredHeaders());
        }
    }

    @Test
    void windows1252IsDetectedAndDecoded() throws IOException {
        Path file = write("Ville;Région\r\nSaint-Étienne;Auvergne-Rhône-Alpes\r\n", Charset.forName("windows-1252"));
        try (CsvTable table = CsvTable.open(DataFile.MAGASINS, "test", file, List.of(StoreFile.CITY, StoreFile.REGION))) {
            assertEquals("Saint-Étienne", table.iterator().next().get(StoreFile.CITY));
        }
    }

    @Test
    void lineNumbersCountPhysicalLinesIncludingQuotedNewlines() throws IOException {
        Path file = write("Nom,ID Référence produit,Prix\n\"Produit\nsur deux lignes\",REF001,1\nB,REF002,2\n", StandardCharsets.UTF_8);
        List<Long> lines = new ArrayList<>();
        try (CsvTable table = CsvTable.open(DataFile.PRODUITS, "test", file, ProductFile.COLUMNS)) {
            table.forEach(row -> lines.add(row.line()));
        }
        assertEquals(List.of(2L, 4L), lines);
    }

    @Test
    void aMissingRequiredColumnNamesItAndTheHeadersRead() throws IOException {
        Path file = write("Date,Produit,Magasin\n2023-05-27,REF001,1\n", StandardCharsets.UTF_8);
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvTable.open(DataFile.VENTES, "https://exemple/ventes.csv", file, SaleFile.COLUMNS));
        assertEquals("Fichier ventes (https://exemple/ventes.csv), ligne 1 : colonne obligatoire « Quantité » absente "
                + "(en-têtes lus avec le séparateur « , » : Date | Produit | Magasin)", e.getMessage());
    }

    @Test
    void anUnclosedQuoteStopsTheFileWithItsLine() throws IOException {
        Path file = write("Date,Produit,Magasin,Quantité\n2023-05-27,REF001,1,2\n2023-05-28,\"REF002,1,2\n2023-05-29,REF003,1,2\n",
                StandardCharsets.UTF_8);
        try (CsvTable table = CsvTable.open(DataFile.VENTES, "test", file, SaleFile.COLUMNS)) {
            InvalidDataException e = assertThrows(InvalidDataException.class, () -> table.forEach(row -> { }));
            assertTrue(e.getMessage().contains("ligne 3"), e.getMessage());
            assertTrue(e.getMessage().contains("guillemet"), e.getMessage());
        }
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = tmp.resolve("f" + System.nanoTime() + ".csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
