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

/** Issue #11: a sale is valued at the price in force on its date, whatever the product file says today. */
@QuarkusMainTest
class PriceHistoryTest extends ClientFilesOverHttp {
    private JsonNode runJson(QuarkusMainLauncher launcher, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--json"));
        args.addAll(List.of(extra));
        LaunchResult result = run(launcher, args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        return RunCommandTest.json(result);
    }

    private void raiseRef001To5999AndSellTwiceAfterwards() throws IOException {
        Path products = server.root().resolve("produits.csv");
        Files.writeString(products, Files.readString(products).replace("REF001,49.99", "REF001,59.99"));
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-27,REF001,2,1\r\n2023-06-28,REF001,1,3",
                StandardOpenOption.APPEND);
    }

    @Test
    void oldSalesKeepTheirPriceAndNewOnesUseTheNewPrice(QuarkusMainLauncher launcher) throws IOException {
        runJson(launcher);
        raiseRef001To5999AndSellTwiceAfterwards();
        JsonNode doc = runJson(launcher);

        assertEquals(1, doc.at("/import/produits/mises_a_jour").asInt());
        assertEquals(1, doc.at("/import/produits/nouvelles_versions").asInt());
        // 24 units at 49,99 + 3 units at 59,99 = 1 199,76 + 179,97
        JsonNode ref001 = doc.at("/analyses/par_produit/0");
        assertEquals("REF001", ref001.get("reference").asText());
        assertEquals(27, ref001.get("quantite").asInt());
        assertEquals("1379.73", ref001.get("ca").asText());
        assertEquals("5448.75", doc.at("/analyses/ca_total").asText());     // 5 268,78 + 179,97
        assertEquals(List.of(
                        List.of(1, 4999, "null", "2023-06-26"),
                        List.of(2, 5999, "2023-06-26", "null")),
                TestDatabase.rows(db, "SELECT version, prix_centimes, coalesce(valide_du, 'null'), coalesce(valide_au, 'null') "
                        + "FROM produits_versions WHERE reference = 'REF001' ORDER BY version"));
    }

    @Test
    void reimportingAnUnchangedProductFileCreatesNoVersion(QuarkusMainLauncher launcher) throws IOException {
        runJson(launcher);
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-27,REF002,1,1", StandardOpenOption.APPEND);
        Files.writeString(server.root().resolve("produits.csv"), Files.readString(server.root().resolve("produits.csv")) + " ");
        JsonNode doc = runJson(launcher);
        assertEquals("importe", doc.at("/import/produits/statut").asText());
        assertEquals(0, doc.at("/import/produits/nouvelles_versions").asInt());
        assertEquals(5, TestDatabase.count(db, "produits_versions"));
    }

    @Test
    void goingBackToAnOldPriceOpensANewVersion(QuarkusMainLauncher launcher) throws IOException {
        runJson(launcher);
        raiseRef001To5999AndSellTwiceAfterwards();
        runJson(launcher);
        Path products = server.root().resolve("produits.csv");
        Files.writeString(products, Files.readString(products).replace("REF001,59.99", "REF001,49.99"));
        Files.writeString(server.root().resolve("ventes.csv"), "\r\n2023-06-30,REF001,1,1", StandardOpenOption.APPEND);
        JsonNode doc = runJson(launcher);
        assertEquals(List.of(List.of(1, 4999), List.of(2, 5999), List.of(3, 4999)),
                TestDatabase.rows(db, "SELECT version, prix_centimes FROM produits_versions WHERE reference = 'REF001' ORDER BY version"));
        assertEquals("2023-06-29", TestDatabase.value(db,
                "SELECT valide_du FROM produits_versions WHERE reference = 'REF001' AND version = 3"));
        assertEquals("1429.72", doc.at("/analyses/par_produit/0/ca").asText());   // 1 379,73 + 49,99
    }

    @Test
    void aLateCorrectionCanSetTheValidityStart(QuarkusMainLauncher launcher) throws IOException {
        runJson(launcher);
        Path products = server.root().resolve("produits.csv");
        Files.writeString(products, Files.readString(products).replace("REF001,49.99", "REF001,59.99"));
        JsonNode doc = runJson(launcher, "--prix-valides-depuis", "2023-06-21");
        // REF001 sold 6 units on 2023-06-21: now at 59,99 instead of 49,99 → +60,00
        assertEquals("1259.76", doc.at("/analyses/par_produit/0/ca").asText());
    }

    @Test
    void revenuePerEmployeeMatchesHandComputedValues(QuarkusMainLauncher launcher) throws IOException {
        JsonNode doc = runJson(launcher);
        JsonNode lyon = null;
        for (JsonNode store : doc.at("/analyses/ca_par_salarie")) {
            if (store.get("ville").asText().equals("Lyon")) {
                lyon = store;
            }
        }
        assertEquals(8, lyon.get("nombre_salaries").asInt());
        assertEquals("1059.79", lyon.get("ca").asText());
        assertEquals("132.47", lyon.get("ca_par_salarie").asText());     // 1 059,79 / 8 = 132,47
        assertEquals("175.63", doc.at("/analyses/panier_moyen/panier_moyen").asText());   // 5 268,78 / 30
        assertEquals(7, doc.at("/analyses/par_jour_semaine").size());
    }
}
