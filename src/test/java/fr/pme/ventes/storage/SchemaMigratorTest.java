package fr.pme.ventes.storage;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flyway runs only when the schema is behind this build; a database at its version is left alone. */
@QuarkusMainTest
class SchemaMigratorTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path tmp;

    @Test
    void theLatestVersionIsThatOfTheNewestMigrationFile() throws IOException {
        int newest;
        try (Stream<Path> files = Files.walk(Path.of("sql/migrations"))) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(String.valueOf(newest), SchemaMigrator.LATEST_VERSION);
    }

    @Test
    void aNewDatabaseGetsEveryMigrationOnce(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")),
                TestDatabase.rows(db, "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"));
        LaunchResult status = launcher.launch("status", "--db", db.toString());
        assertTrue(status.getOutput().contains("(schéma version " + SchemaMigrator.LATEST_VERSION + ")"),
                status.getOutput());
    }

    @Test
    void aDatabaseAtAnEarlierVersionIsMigrated(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("ventes.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).target("2")
                .locations("classpath:sql/migrations/common", "classpath:sql/migrations/sqlite").load().migrate();
        LaunchResult run = launcher.launch("run", "--db", db.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.getErrorOutput());
        assertEquals(Integer.parseInt(SchemaMigrator.LATEST_VERSION),
                TestDatabase.value(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        assertEquals(5L, TestDatabase.count(db, "produits"));
    }

    /** An older build must not take a database a newer one migrated for its own: Flyway refuses it, nothing changes. */
    @Test
    void aDatabaseFromANewerBuildIsRefused(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) "
                + "VALUES (100, '100', 'plus recente', 'SQL', 'V100__plus_recente.sql', 1, '', 0, 1)");
        String before = TestDatabase.dump(db);
        LaunchResult run = launcher.launch("run", "--db", db.toString());
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.getErrorOutput());
        assertTrue(run.getErrorOutput().contains("Migration du schéma impossible"), run.getErrorOutput());
        assertEquals(before, TestDatabase.dump(db));
    }
}
