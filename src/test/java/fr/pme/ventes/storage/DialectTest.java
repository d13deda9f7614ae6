package fr.pme.ventes.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which engine --db names, which SQL file each engine runs, and what of a URL may be shown (issue #9). */
class DialectTest {
    /** PostgreSQL-only statements: bulk loading and identity counters have no SQLite counterpart. */
    private static final Set<String> POSTGRESQL_ONLY = Set.of("import/copier_staging_jours.sql",
            "import/copier_staging_magasins.sql", "import/copier_staging_produits.sql",
            "import/copier_staging_ventes.sql", "copie/recaler_identifiants.sql");

    @Test
    void aJdbcPostgresqlUrlIsPostgresqlAndAnythingElseASqliteFile() {
        assertEquals(Dialect.POSTGRESQL, Dialect.of("jdbc:postgresql://localhost:5432/ventes"));
        assertEquals(Dialect.SQLITE, Dialect.of("data/ventes.db"));
        assertEquals(Dialect.SQLITE, Dialect.of("postgresql.db"));
    }

    @Test
    void postgresqlRunsItsOwnVariantWhenThereIsOneAndTheSharedFileOtherwise() {
        assertTrue(SqlScript.load(Dialect.POSTGRESQL, "analyses/par_jour_semaine.sql").contains("isodow"));
        assertTrue(SqlScript.load(Dialect.SQLITE, "analyses/par_jour_semaine.sql").contains("strftime"));
        assertEquals(SqlScript.load("analyses/ca_total.sql"), SqlScript.load(Dialect.POSTGRESQL, "analyses/ca_total.sql"));
        assertTrue(SqlScript.exists(Dialect.POSTGRESQL, "copie/recaler_identifiants.sql"));
        assertTrue(!SqlScript.exists(Dialect.SQLITE, "copie/recaler_identifiants.sql"));
    }

    @Test
    void everyPostgresqlVariantReplacesASharedFileOfTheSameName() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("sql"))) {
            List<Path> variants = files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("postgresql"))
                    .filter(p -> p.toString().endsWith(".sql")).toList();
            assertTrue(variants.size() >= 10, variants.toString());
            for (Path variant : variants) {
                Path shared = variant.getParent().getParent().resolve(variant.getFileName());
                String name = Path.of("sql").relativize(shared).toString().replace('\\', '/');
                if (name.startsWith("migrations/")) {
                    continue;       // each engine has its own schema folder
                }
                assertTrue(Files.exists(shared) || POSTGRESQL_ONLY.contains(name), "no shared " + name);
            }
        }
    }

    @Test
    void aShownUrlKeepsNeitherItsParametersNorItsUserInfo() {
        assertEquals("jdbc:postgresql://db:5432/ventes",
                Database.displayed("jdbc:postgresql://db:5432/ventes?user=u&password=secret"));
        assertEquals("jdbc:postgresql://db:5432/ventes", Database.displayed("jdbc:postgresql://u:secret@db:5432/ventes"));
        assertEquals("data/ventes.db", Database.displayed("data/ventes.db"));
    }
}
