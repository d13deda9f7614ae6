package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.Fixtures;
import fr.pme.ventes.LocalCsvServer;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every shape the client's data circulates in (src/test/resources/csv/variantes, generated once from the
 * published files) imports to the same figures.
 */
@QuarkusMainTest
class FormatVariantsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"publie", "brief", "point-virgule-dates-fr", "dates-us", "bom-utf8", "windows-1252", "guillemets"})
    void everyVariantGivesTheSameFigures(String variant, QuarkusMainLauncher launcher) throws Exception {
        try (LocalCsvServer server = new LocalCsvServer(Fixtures.copy("csv/variantes/" + variant, tmp.resolve("http")))) {
            LaunchResult result = launcher.launch("run", "--json", "--db", tmp.resolve("v.db").toString(),
                    "--produits", server.url("produits.csv"), "--magasins", server.url("magasins.csv"),
                    "--ventes", server.url("ventes.csv"));
            assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
            JsonNode doc = RunCommandTest.json(result);
            assertEquals(0, doc.at("/import/ventes/rejetees").asInt() + doc.at("/import/produits/rejetees").asInt()
                    + doc.at("/import/magasins/rejetees").asInt(), doc.toString());
            assertEquals(30, doc.at("/import/ventes/inserees").asInt());
            assertEquals("5268.78", doc.at("/analyses/ca_total").asText());
            StringBuilder products = new StringBuilder();
            doc.at("/analyses/par_produit").forEach(p -> products.append(p.get("reference").asText()).append(' ')
                    .append(p.get("quantite").asText()).append(' ').append(p.get("ca").asText()).append('\n'));
            assertEquals("""
                    REF001 24 1199.76
                    REF002 27 539.73
                    REF003 15 449.85
                    REF004 21 1679.79
                    REF005 35 1399.65
                    """, products.toString());
            StringBuilder cities = new StringBuilder();
            doc.at("/analyses/par_ville").forEach(c -> cities.append(c.get("ville").asText()).append(' ')
                    .append(c.get("region").asText()).append(' ').append(c.get("ca").asText()).append('\n'));
            assertEquals("""
                    Lyon Auvergne-Rhône-Alpes 1059.79
                    Marseille Provence-Alpes-Côte d'Azur 1009.73
                    Bordeaux Nouvelle-Aquitaine 829.81
                    Paris Île-de-France 799.8
                    Nantes Pays de la Loire 739.83
                    Strasbourg Grand Est 579.89
                    Lille Hauts-de-France 249.93
                    """, cities.toString());
        }
    }
}
