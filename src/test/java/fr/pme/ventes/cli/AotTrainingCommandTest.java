package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AOT cache's training (pom.xml profile aot, docker/Dockerfile.jvm) must take the download path a real run takes:
 * the bundled files over local HTTP, then an unchanged re-run answered 304; and, with enough sales to make the import
 * hot, a file that grew fetched by its end alone.
 */
@QuarkusMainTest
class AotTrainingCommandTest {

    @Test
    void importsTheBundledFilesOverHttpFindsThemUnchangedThenImportsAGrowingFile(QuarkusMainLauncher launcher,
                                                                                 @TempDir Path tmp) {
        Path db = tmp.resolve("entrainement.db");
        LaunchResult result = launcher.launch("entrainement-aot", "--db", db.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.getErrorOutput());
        assertEquals(30 + AotTrainingCommand.VOLUME + AotTrainingCommand.GROWTH, TestDatabase.count(db, "ventes"));
        List<List<Object>> sources = TestDatabase.rows(db,
                "SELECT import_id, url, statut, lues FROM imports_fichiers WHERE fichier = 'ventes' ORDER BY import_id");
        assertEquals(4, sources.size(), sources.toString());
        assertTrue(sources.get(0).get(1).toString().matches("http://127\\.0\\.0\\.1:\\d+/ventes\\.csv"), sources.toString());
        assertEquals("importe", sources.get(0).get(2));
        assertEquals("inchange", sources.get(1).get(2));
        assertTrue(sources.get(2).get(1).toString().endsWith("/genere/ventes.csv"), sources.toString());
        assertEquals("[importe, " + AotTrainingCommand.VOLUME + "]", sources.get(2).subList(2, 4).toString());
        assertEquals("[importe, " + AotTrainingCommand.GROWTH + "]", sources.get(3).subList(2, 4).toString());
        assertTrue(result.getOutput().contains("\"fin_seule_telechargee\":true"), result.getOutput());
        assertTrue(result.getOutput().contains("Chiffre d'affaires total : 5 268,78 € (30 ventes, 122 articles)"),
                result.getOutput());
    }
}
