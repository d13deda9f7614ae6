package fr.pme.ventes.cli;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ventes schema describes the schema the database really has, not a hand-written copy. */
@QuarkusMainTest
class SchemaCommandTest {
    @TempDir
    Path tmp;

    LaunchResult schema(QuarkusMainLauncher launcher, String format) {
        LaunchResult result = launcher.launch("schema", "--db", tmp.resolve("ventes.db").toString(), "--format", format);
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        return result;
    }

    @Test
    void mermaidShowsEntitiesKeysAndCardinalities(QuarkusMainLauncher launcher) {
        String out = schema(launcher, "mermaid").getOutput();
        assertTrue(out.startsWith("erDiagram"), out);
        assertTrue(out.contains("produits ||--o{ ventes : \"concerne\""), out);
        assertTrue(out.contains("magasins ||--o{ ventes : \"a lieu dans\""), out);
        assertTrue(out.contains("imports |o--o{ analyses_executions : \"suit\""), out);
        assertTrue(out.contains("TEXT produit_ref PK, FK"), out);
        assertFalse(out.contains("flyway_schema_history"), out);
    }

    @Test
    void dotAndSqlComeFromTheSameSchema(QuarkusMainLauncher launcher) {
        String dot = schema(launcher, "dot").getOutput();
        assertTrue(dot.contains("digraph mcd {"), dot);
        assertTrue(dot.contains("ventes -> produits [label=\"concerne\", taillabel=\"1,1\", headlabel=\"0,n\"];"), dot);
        String sql = schema(launcher, "sql").getOutput();
        assertTrue(sql.contains("CREATE TABLE ventes ("), sql);
        assertTrue(sql.contains("CREATE VIEW ventes_valorisees AS"), sql);
        assertTrue(sql.contains("CREATE UNIQUE INDEX ventes_par_id"), sql);
    }

    @Test
    void markdownDescribesEveryTableInFrench(QuarkusMainLauncher launcher) {
        String md = schema(launcher, "markdown").getOutput();
        assertTrue(md.contains("- Une vente concerne exactement un produit (1,1) ; à un produit correspondent zéro, une ou "
                + "plusieurs ventes (0,n)."), md);
        assertFalse(md.contains("à décrire"), "a table lacks its words in report/glossaire.properties:\n" + md);
        assertTrue(md.contains("```mermaid\nerDiagram"), md);
    }

    /** A column added to the database appears at once: the model is read, not written by hand. */
    @Test
    void aColumnAddedToTheDatabaseAppears(QuarkusMainLauncher launcher) throws Exception {
        schema(launcher, "sql");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("ventes.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE produits ADD COLUMN categorie TEXT");
        }
        assertTrue(schema(launcher, "mermaid").getOutput().contains("TEXT categorie"));
    }

    @Test
    void anUnknownFormatIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("schema", "--db", tmp.resolve("ventes.db").toString(), "--format", "uml");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("uml"), result.getErrorOutput());
    }
}
