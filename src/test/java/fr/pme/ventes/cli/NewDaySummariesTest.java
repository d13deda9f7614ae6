package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #7: the daily summary and the valued aggregates of days new to the database are computed while the sales are
 * written (NewDaySummaries), those of days already there by SQL. Both must equal the SQL definition of these tables,
 * across a price change, a store change, a sale repeated on the same line and a sale added to a day already imported.
 */
@QuarkusMainTest
class NewDaySummariesTest extends ClientFilesOverHttp {
    /** Each table kept by the import, and its definition: the query it must always equal. */
    private record Summary(String table, String definition) {
    }

    private static final List<Summary> SUMMARIES = List.of(
            new Summary("SELECT date_vente, produit_ref, magasin_id, quantite, nombre_ventes FROM ventes_resume "
                    + "ORDER BY 1, 2, 3",
                    "SELECT date_vente, produit_ref, magasin_id, sum(quantite), count(*) FROM ventes "
                            + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
            new Summary("SELECT date_vente, nombre_ventes, quantite, montant_centimes FROM agregats_jours ORDER BY 1",
                    "SELECT date_vente, sum(nombre_ventes), sum(quantite), sum(montant_centimes) "
                            + "FROM ventes_valorisees GROUP BY 1 ORDER BY 1"),
            new Summary("SELECT produit_ref, magasin_id, magasin_version, nombre_ventes, quantite, montant_centimes "
                    + "FROM agregats_produits_magasins ORDER BY 1, 2, 3",
                    "SELECT produit_ref, magasin_id, magasin_version, sum(nombre_ventes), sum(quantite), "
                            + "sum(montant_centimes) FROM ventes_valorisees GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));

    @Test
    void summariesOfNewAndKnownDaysEqualTheirSqlDefinition(QuarkusMainLauncher launcher) throws IOException {
        runOk(launcher);
        assertSummariesMatchTheirDefinition();

        Path products = server.root().resolve("produits.csv");
        Files.writeString(products, Files.readString(products).replace("REF001,49.99", "REF001,59.99"));
        Path stores = server.root().resolve("magasins.csv");
        Files.writeString(stores, Files.readString(stores).replace("1,Paris,10", "1,Paris,12"));
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-25,REF001,2,1"     // a day already imported
                + "\r\n2023-06-27,REF001,2,1\r\n2023-06-27,REF001,2,1\r\n2023-06-28,REF004,1,3", StandardOpenOption.APPEND);
        JsonNode second = runOk(launcher);

        assertEquals(4, second.at("/import/ventes/inserees").asInt());
        assertEquals(1, second.at("/import/magasins/nouvelles_versions").asInt());
        // 5 268,78 + 2 × 49,99 (old price on 06-25) + 4 × 59,99 (new price from 06-26) + 79,99
        assertEquals("5688.71", second.at("/analyses/ca_total").asText());
        assertEquals(2, TestDatabase.rows(db, "SELECT 1 FROM agregats_produits_magasins "
                + "WHERE produit_ref = 'REF001' AND magasin_id = 1").size(), "one aggregate per store version");
        assertSummariesMatchTheirDefinition();
        assertEquals(ExitCodes.OK, launcher.launch("verifier", "--db", db.toString()).exitCode());
    }

    /**
     * Days of a file in date order are written while the file is read (DayStream); from the first row of an earlier
     * day on, the usual path takes over, continuing the ranks of days already written. Out of order or not, the same
     * rows give the same database.
     */
    @Test
    void aFileOutOfDateOrderGivesTheSameDatabaseAsTheSameRowsInOrder(QuarkusMainLauncher launcher) throws IOException {
        List<String> rows = List.of("2023-07-01,REF001,2,1", "2023-07-01,REF001,2,1", "2023-07-02,REF002,1,2",
                "2023-07-02,REF003,4,3", "2023-07-03,REF004,1,1",
                "2023-07-02,REF002,1,2",        // back to a day already written: identical to a sale of that day
                "2023-07-04,REF005,3,4", "2023-07-01,REF001,2,1", "2023-07-05,REF001,1,5");
        String header = "Date,ID Référence produit,Quantité,ID Magasin";
        Files.writeString(server.root().resolve("ventes.csv"), header + "\r\n" + String.join("\r\n", rows));
        Files.writeString(server.root().resolve("ventes-triees.csv"),
                header + "\r\n" + String.join("\r\n", rows.stream().sorted().toList()));

        JsonNode outOfOrder = runOk(launcher);
        assertEquals(rows.size(), outOfOrder.at("/import/ventes/inserees").asInt(), outOfOrder.toString());
        assertSummariesMatchTheirDefinition();
        assertEquals(ExitCodes.OK, launcher.launch("verifier", "--db", db.toString()).exitCode());

        Path inOrder = tmp.resolve("dans-l-ordre/ventes.db");
        LaunchResult sorted = launcher.launch("run", "--json", "--db", inOrder.toString(), "--produits",
                server.url("produits.csv"), "--magasins", server.url("magasins.csv"), "--ventes",
                server.url("ventes-triees.csv"));
        assertEquals(ExitCodes.OK, sorted.exitCode(), sorted.getErrorOutput());
        for (String table : List.of(
                "SELECT date_vente, produit_ref, magasin_id, quantite, occurrence FROM ventes ORDER BY 1, 2, 3, 4, 5",
                SUMMARIES.get(0).table(), SUMMARIES.get(1).table(), SUMMARIES.get(2).table())) {
            assertEquals(TestDatabase.rows(inOrder, table), TestDatabase.rows(db, table), table);
        }
        assertEquals(List.of(List.of(1), List.of(2), List.of(3)), TestDatabase.rows(db,
                "SELECT occurrence FROM ventes WHERE date_vente = '2023-07-01' ORDER BY 1"));
    }

    private JsonNode runOk(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = run(launcher, "--json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        return RunCommandTest.json(result);
    }

    private void assertSummariesMatchTheirDefinition() {
        for (Summary summary : SUMMARIES) {
            assertEquals(TestDatabase.rows(db, summary.definition()), TestDatabase.rows(db, summary.table()), summary.table());
        }
    }
}
