package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ventes verifier (issue 8): all green after a run, code 7 naming each broken control once the file is tampered with. */
@QuarkusMainTest
class VerifyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFreshRunVerifiesAndATamperedDatabaseFailsWithCode7(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        LaunchResult ok = launcher.launch("verifier", "--db", db.toString(), "--json");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.getOutput() + ok.getErrorOutput());
        JsonNode doc = new ObjectMapper().readTree(ok.getOutput());
        assertEquals("ok", doc.at("/statut").asText());
        assertEquals(8, doc.at("/controles").size());
        assertEquals("migrations", doc.at("/controles/7/controle").asText(), doc.toString());
        assertTrue(doc.at("/controles/6/detail").asText().contains("526878 centimes"), doc.toString());

        TestDatabase.execute(db, "UPDATE ventes_resume SET quantite = quantite + 1 WHERE date_vente = (SELECT min(date_vente) FROM ventes_resume)",
                "INSERT INTO imports (commence_le, commande) VALUES ('2023-01-01T00:00:00Z', 'run')");
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString(), "--json");
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode());
        JsonNode bad = new ObjectMapper().readTree(broken.getOutput());
        assertEquals("incoherent", bad.at("/statut").asText());
        assertEquals("erreur", bad.at("/controles/3/statut").asText(), bad.toString());   // resume_quotidien
        assertEquals("erreur", bad.at("/controles/4/statut").asText(), bad.toString());   // agregats, valued from it
        assertEquals("erreur", bad.at("/controles/5/statut").asText(), bad.toString());   // imports_inacheves
        assertTrue(broken.getErrorOutput().contains("Erreur : 3 contrôle(s) en échec"), broken.getErrorOutput());
    }

    /**
     * The import writes sorted sales with SQLite's CHECK constraints off (it checked every value itself): a value
     * that breaks one anyway is found by integrity_check.
     */
    @Test
    void aSaleBreakingACheckConstraintIsFound(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "PRAGMA ignore_check_constraints = ON",
                "UPDATE ventes SET date_vente = '27/05/2023' WHERE date_vente = '2023-05-27'");
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString(), "--json");
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode());
        JsonNode bad = new ObjectMapper().readTree(broken.getOutput());
        assertEquals("erreur", bad.at("/controles/0/statut").asText(), bad.toString());   // integrite
        assertTrue(bad.at("/controles/0/detail").asText().contains("CHECK constraint failed in ventes"), bad.toString());
    }

    /** The aggregates the analyses read are checked against the sales, and so are the results computed from them. */
    @Test
    void aTamperedValuedAggregateIsFound(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "UPDATE agregats_produits_magasins SET montant_centimes = montant_centimes + 100 "
                + "WHERE produit_ref = 'REF001' AND magasin_id = (SELECT min(magasin_id) FROM agregats_produits_magasins "
                + "WHERE produit_ref = 'REF001')");
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString());
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode(), broken.getOutput() + broken.getErrorOutput());
        assertTrue(broken.getOutput().matches("(?s).*agregats +erreur +2 ligne\\(s\\).*"), broken.getOutput());
        assertTrue(broken.getOutput().matches("(?s).*resultats +erreur .*"), broken.getOutput());
        assertTrue(broken.getOutput().matches("(?s).*resume_quotidien +ok .*"), broken.getOutput());
    }

    /** The analyses stored as --json prints them, which an unchanged re-run prints as they are, are checked too. */
    @Test
    void aTamperedPrintedFormOfTheResultsIsFound(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "UPDATE analyses_executions SET sortie_json = replace(sortie_json, '5268.78', '5268.79')");
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString());
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode(), broken.getOutput() + broken.getErrorOutput());
        assertTrue(broken.getOutput().matches("(?s).*resultats +erreur +la sortie --json enregistrée avec les analyses "
                + "\\(exécution 1\\) diffère.*"), broken.getOutput());
    }

    /** A day missing from the summary is caught too (EXCEPT and UNION ALL chain left to right: see the .sql). */
    @Test
    void aDayMissingFromTheSummaryOrAnOrphanSaleIsFound(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "DELETE FROM ventes_resume WHERE date_vente = (SELECT max(date_vente) FROM ventes_resume)",
                "INSERT INTO ventes (date_vente, produit_ref, magasin_id, quantite, occurrence, import_id) "
                + "SELECT date_vente, 'REF999', magasin_id, quantite, 1, import_id FROM ventes LIMIT 1");
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString());
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode(), broken.getOutput() + broken.getErrorOutput());
        assertTrue(broken.getOutput().matches("(?s).*cles_etrangeres +erreur .*table ventes \\(ligne sans numéro\\) vers produits.*"),
                broken.getOutput());
        assertTrue(broken.getOutput().matches("(?s).*resume_quotidien +erreur +2 ligne\\(s\\).*"), broken.getOutput());
    }

    /** run skips Flyway on an up-to-date schema; verifier still compares the applied migrations with the files. */
    @Test
    void anEditedMigrationChecksumIsFound(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("ventes.db");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        TestDatabase.execute(db, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
        assertEquals(ExitCodes.OK, launcher.launch("run", "--db", db.toString()).exitCode());
        LaunchResult broken = launcher.launch("verifier", "--db", db.toString());
        assertEquals(ExitCodes.VERIFICATION, broken.exitCode(), broken.getOutput() + broken.getErrorOutput());
        assertTrue(broken.getOutput().matches("(?s).*migrations +erreur +migration 2 \\(referentiel regions\\) : "
                + "somme de contrôle différente du fichier livré.*"), broken.getOutput());
    }

    @Test
    void aFileThatIsNotADatabaseIsCode5(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("notes.db");
        Files.writeString(db, "pas une base\n".repeat(100));
        LaunchResult result = launcher.launch("verifier", "--db", db.toString());
        assertEquals(ExitCodes.DATABASE, result.exitCode());
        assertTrue(result.getErrorOutput().contains("n'est pas une base SQLite"), result.getErrorOutput());
    }
}
