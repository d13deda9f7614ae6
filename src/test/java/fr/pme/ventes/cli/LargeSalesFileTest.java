package fr.pme.ventes.cli;

import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sales file large enough to be parsed by a second thread (issue #7, CsvTable.rows): a bad row far in is rejected
 * with its own line while the others import, and a broken end stops the run with its line, the database unchanged.
 */
@QuarkusMainTest
class LargeSalesFileTest extends ClientFilesOverHttp {
    private static final int ROWS = 400_000;
    private static final long READ_AHEAD_FROM = 8L << 20;     // CsvTable.READ_AHEAD_FROM
    private static final int LAST_LINE = ROWS + 2;            // header on line 1

    /** The client's header, {@value #ROWS} valid sales (lines 2…), then {@code last} on line {@value #LAST_LINE}. */
    private void serveLargeSales(String last) throws IOException {
        Path sales = server.root().resolve("ventes.csv");
        try (BufferedWriter out = Files.newBufferedWriter(sales)) {
            out.write("Date,ID Référence produit,Quantité,ID Magasin\r\n");
            LocalDate first = LocalDate.of(2023, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                out.write(first.plusDays(i % 365) + ",REF00" + (1 + i % 5) + "," + (1 + i % 9) + "," + (1 + i % 7) + "\r\n");
            }
            out.write(last);
        }
        assertTrue(Files.size(sales) > READ_AHEAD_FROM, "the file must be read ahead");
    }

    @Test
    void aBadRowFarInIsRejectedWithItsLineWhileTheOthersImport(QuarkusMainLauncher launcher) throws IOException {
        serveLargeSales("2023-06-01,REF999,1,1\r\n");
        LaunchResult result = run(launcher, "--json");

        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertEquals(ROWS, TestDatabase.count(db, "ventes"));
        assertEquals(List.of(List.of(LAST_LINE, "ID Référence produit")),
                TestDatabase.rows(db, "SELECT ligne, colonne FROM rejets"));
        assertEquals(ExitCodes.OK, launcher.launch("verifier", "--db", db.toString()).exitCode());
    }

    @Test
    void aBrokenEndStopsTheRunWithItsLineAndChangesNothing(QuarkusMainLauncher launcher) throws IOException {
        assertEquals(ExitCodes.OK, run(launcher).exitCode());
        String before = TestDatabase.dump(db);
        serveLargeSales("2023-06-01,\"REF001,1,1\r\n");         // a quote never closed

        LaunchResult result = run(launcher);

        assertEquals(ExitCodes.DATA, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("ligne " + LAST_LINE + " : un guillemet ouvert ici n'est jamais fermé"),
                result.getErrorOutput());
        assertEquals(before, TestDatabase.dump(db), "an unusable file changes nothing");
    }
}
