package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.PostgresTestDatabase;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `ventes copier`: SQLite → PostgreSQL → SQLite on a real server, verified by counts and totals (issue #9). */
@QuarkusMainTest
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
        disabledReason = PostgresTestDatabase.SKIPPED)
class CopyCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyServerDatabase() {
        PostgresTestDatabase.reset();
    }

    @Test
    void aSqliteDatabaseGoesToPostgresqlAndBackUnchanged(QuarkusMainLauncher launcher) throws IOException {
        Path original = tmp.resolve("original.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", original.toString()).exitCode());
        assertEquals(ExitCodes.OK, launcher.launch("analyze", "--db", original.toString()).exitCode());

        LaunchResult there = launcher.launch("copier", "--db", original.toString(), "--vers", PostgresTestDatabase.url(), "--json");
        assertEquals(ExitCodes.OK, there.exitCode(), there.getErrorOutput());
        JsonNode totals = RunCommandTest.json(there).get("totaux");
        assertEquals(30, totals.get("ventes").asLong());
        assertEquals(526878, totals.get("chiffre_affaires_centimes").asLong());
        assertEquals(30, PostgresTestDatabase.count("ventes"));

        Path back = tmp.resolve("retour/ventes.db");
        LaunchResult home = launcher.launch("copier", "--db", PostgresTestDatabase.url(), "--vers", back.toString());
        assertEquals(ExitCodes.OK, home.exitCode(), home.getErrorOutput());
        assertTrue(home.getOutput().startsWith("Copie terminée : " + PostgresTestDatabase.url()), home.getOutput());
        assertEquals(TestDatabase.dump(original), TestDatabase.dump(back));

        // The copy is a working database: a new run numbers its import after the copied ones (identity counters).
        LaunchResult next = launcher.launch("run", "--db", PostgresTestDatabase.url(), "--json");
        assertEquals(ExitCodes.OK, next.exitCode(), next.getErrorOutput());
        assertEquals(2, RunCommandTest.json(next).get("import_id").asLong());   // would collide with 1 if not
        assertEquals("5268.78", RunCommandTest.json(next).at("/analyses/ca_total").asText());
    }

    @Test
    void aTargetThatAlreadyHoldsDataIsLeftUntouched(QuarkusMainLauncher launcher) {
        Path original = tmp.resolve("original.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", original.toString()).exitCode());
        assertEquals(ExitCodes.OK, launcher.launch("copier", "--db", original.toString(), "--vers", PostgresTestDatabase.url()).exitCode());
        String before = PostgresTestDatabase.dump();

        LaunchResult again = launcher.launch("copier", "--db", original.toString(), "--vers", PostgresTestDatabase.url());
        assertEquals(ExitCodes.DATABASE, again.exitCode());
        assertTrue(again.getErrorOutput().contains("elle contient déjà des données ; la copie ne se fait que vers une "
                + "base vide (rien n'a été écrit)"), again.getErrorOutput());
        assertEquals(before, PostgresTestDatabase.dump());
    }

    @Test
    void copyingBetweenTwoDatabasesOfTheSameKindIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("copier", "--db", tmp.resolve("a.db").toString(), "--vers", tmp.resolve("b.db").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("copier va d'une base SQLite vers PostgreSQL"), result.getErrorOutput());
    }

    @Test
    void nothingToCopyFromADatabaseNeverCreated(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("copier", "--db", tmp.resolve("absente.db").toString(), "--vers", PostgresTestDatabase.url());
        assertEquals(ExitCodes.DATABASE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("rien à copier"), result.getErrorOutput());
    }
}
