package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.LocalCsvServer;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ventes rejets: every refused row with its file, line, column and reason, filterable by run. */
@QuarkusMainTest
class RejetsCommandTest {
    @TempDir
    Path tmp;
    Path db;
    LocalCsvServer server;

    @BeforeEach
    void serveThreeBadRows() throws Exception {
        db = tmp.resolve("ventes.db");
        server = new LocalCsvServer(Fixtures.copy("csv/variantes/publie", tmp.resolve("http")));
        Files.writeString(server.root().resolve("ventes.csv"),
                "\r\n2023-06-26,REF999,2,1\r\n2023-02-31,REF001,1,1\r\n2023-06-27,REF001,0,1", StandardOpenOption.APPEND);
    }

    void importThem(QuarkusMainLauncher launcher) {
        LaunchResult run = launcher.launch("run", "--db", db.toString(), "--produits", server.url("produits.csv"),
                "--magasins", server.url("magasins.csv"), "--ventes", server.url("ventes.csv"));
        assertEquals(ExitCodes.OK, run.exitCode(), run.getErrorOutput());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsEachRefusedRowWithItsPlaceAndReason(QuarkusMainLauncher launcher) {
        importThem(launcher);
        LaunchResult result = launcher.launch("rejets", "--db", db.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        String out = result.getOutput();
        assertTrue(out.matches("(?s).*1\\s+ventes\\s+32\\s+ID Référence produit\\s+produit inconnu : REF999.*"), out);
        assertTrue(out.matches("(?s).*1\\s+ventes\\s+34\\s+Quantité\\s+quantité non positive : 0.*"), out);
        assertTrue(out.contains("3 ligne(s) refusée(s)."), out);
    }

    @Test
    void jsonAndFilterByRun(QuarkusMainLauncher launcher) throws Exception {
        importThem(launcher);
        LaunchResult result = launcher.launch("rejets", "--db", db.toString(), "--json", "--import", "1");
        JsonNode doc = new ObjectMapper().readTree(result.getOutput());
        assertEquals(3, doc.at("/rejets").size());
        assertEquals(33, doc.at("/rejets/1/ligne").asInt());
        assertEquals("Date", doc.at("/rejets/1/colonne").asText());
        assertEquals("ventes", doc.at("/rejets/1/fichier").asText());
        assertTrue(doc.at("/rejets/1/motif").asText().startsWith("date invalide"));

        LaunchResult other = launcher.launch("rejets", "--db", db.toString(), "--import", "2");
        assertEquals("Aucune ligne refusée par l'exécution n° 2.", other.getOutput().trim());
    }

    @Test
    void aMissingDatabaseIsNamed(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("rejets", "--db", tmp.resolve("absente.db").toString());
        assertEquals(ExitCodes.DATABASE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("absente.db : introuvable"), result.getErrorOutput());
    }
}
