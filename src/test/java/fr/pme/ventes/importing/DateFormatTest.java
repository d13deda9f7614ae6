package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFormatTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"ISO,2023-05-27,2023-05-27", "JOUR_MOIS_ANNEE,27/05/2023,2023-05-27", "JOUR_MOIS_ANNEE,1/6/2023,2023-06-01",
            "MOIS_JOUR_ANNEE,5/27/2023,2023-05-27", "ISO,2024-02-29,2024-02-29", "ISO,' 2023-6-5 ',2023-06-05",
            "JOUR_MOIS_ANNEE,'\t01/06/2023\u2003',2023-06-01"})
    void readsEachFormat(DateFormat format, String text, LocalDate expected) {
        assertEquals(expected, format.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"ISO,2023-02-31", "ISO,2023-02-29", "JOUR_MOIS_ANNEE,31/02/2023", "ISO,23-05-27", "ISO,2023/05/27",
            "JOUR_MOIS_ANNEE,27/05/23", "ISO,0023-05-27", "ISO,2023-5-27x", "ISO,-2023-05-27", "ISO,2023-05-27-",
            "ISO,2023--27", "ISO,20230-05-27", "ISO,2023-005-27", "JOUR_MOIS_ANNEE,27/05/2023/", "ISO,2023-05", "ISO,''"})
    void impossibleOrMalformedDatesAreNull(DateFormat format, String text) {
        assertNull(format.parse(text));
    }

    @Test
    void aDayAboveTwelveSettlesDayFirst() throws IOException {
        assertEquals(DateFormat.JOUR_MOIS_ANNEE, decide("01/02/2023", "13/02/2023", "02/02/2023"));
        assertEquals(DateFormat.MOIS_JOUR_ANNEE, decide("01/02/2023", "2/13/2023"));
        assertEquals(DateFormat.ISO, decide("2023-05-27", "2023-05-28"));
    }

    @Test
    void aFileWhoseEveryDateIsAmbiguousIsRefusedWithAHint() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> decide("01/02/2023", "03/04/2023"));
        assertTrue(e.getMessage().contains("ligne 2"), e.getMessage());
        assertTrue(e.getMessage().contains("--date-format"), e.getMessage());
    }

    @Test
    void optionNamesAreUnderstood() {
        assertEquals(DateFormat.JOUR_MOIS_ANNEE, DateFormat.fromOption("dd/MM/yyyy"));
        assertEquals(DateFormat.MOIS_JOUR_ANNEE, DateFormat.fromOption("mm/jj/aaaa"));
        assertEquals(DateFormat.ISO, DateFormat.fromOption("ISO"));
        assertThrows(IllegalArgumentException.class, () -> DateFormat.fromOption("julien"));
    }

    private DateFormat decide(String... dates) throws IOException {
        Path file = tmp.resolve("ventes-" + System.nanoTime() + ".csv");
        Files.writeString(file, "Date\n" + String.join("\n", dates) + "\n");
        try (CsvTable table = CsvTable.open(DataFile.VENTES, "test", file, List.of(SaleFile.DATE))) {
            return DateFormatDecider.decide(table, SaleFile.DATE);
        }
    }
}
