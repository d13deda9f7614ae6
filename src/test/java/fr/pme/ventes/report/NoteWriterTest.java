package fr.pme.ventes.report;

import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static fr.pme.ventes.report.DeliverablesDriftTest.launchOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ventes report: the note's figures are the database's stored results, French-formatted, charts included. */
@QuarkusMainTest
class NoteWriterTest {
    @TempDir
    Path tmp;

    @Test
    void everyFigureOfTheNoteIsTheStoredResult(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        launchOk(launcher, "run", "--db", db.toString());
        launchOk(launcher, "report", "--db", db.toString(), "--sortie", tmp.toString());
        String note = Files.readString(tmp.resolve("note-de-synthese.md"));
        assertTrue(note.contains("Chiffre d’affaires total : **5 268,78 €**"), note);
        assertTrue(note.contains("du 27 mai 2023 au 25 juin 2023"), note);
        for (List<Object> row : TestDatabase.rows(db, "SELECT reference, nom, quantite, ca FROM derniers_ca_par_produit")) {
            assertTrue(note.contains("| " + row.get(0) + " | " + row.get(1) + " | " + row.get(2) + " | " + euros(row.get(3)) + " |"),
                    row + "\n" + note);
        }
        for (List<Object> row : TestDatabase.rows(db, "SELECT region, quantite, ca FROM derniers_ca_par_region")) {
            assertTrue(note.contains("| " + row.get(0) + " | " + row.get(1) + " | " + euros(row.get(2)) + " |"), row + "\n" + note);
        }
        for (List<Object> row : TestDatabase.rows(db, "SELECT ville, region, quantite, ca FROM derniers_ca_par_ville")) {
            assertTrue(note.contains("| " + row.get(0) + " | " + row.get(1) + " | " + row.get(2) + " | " + euros(row.get(3)) + " |"),
                    row + "\n" + note);
        }
        assertTrue(note.contains("| REF004 | Produit D | 21 | 1 679,79 € | 31,9 % |"), note);
        assertTrue(note.contains("**Produit D** est le premier produit"), note);
        // Issue 11: each product's share of each region's revenue (Lyon's region: no REF001 nor REF002 sold there).
        assertTrue(note.contains("| Région | REF001 | REF002 | REF003 | REF004 | REF005 |"), note);
        assertTrue(note.contains("| Auvergne-Rhône-Alpes | — | — | 5,7 % | 45,3 % | 49,0 % |"), note);
        assertTrue(note.contains("Pays de la Loire : REF005 (59,5 %)"), note);
        for (String chart : List.of("ca-par-produit", "ca-par-region", "ca-par-ville", "ca-par-jour")) {
            assertTrue(note.contains("](graphiques/" + chart + ".svg)"), chart);
            String svg = Files.readString(tmp.resolve("graphiques/" + chart + ".svg"));
            assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        }
        String regions = Files.readString(tmp.resolve("graphiques/ca-par-region.svg"));
        assertTrue(regions.contains("data-label=\"Provence-Alpes-Côte d&#39;Azur\" data-valeur=\"1 009,73 €\""), regions);
    }

    /** Not recomputed: change a stored result by hand and the note follows it, while the sales stay the same. */
    @Test
    void theNoteReadsTheStoredResultsNotTheSales(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("ventes.db");
        launchOk(launcher, "run", "--db", db.toString());
        TestDatabase.execute(db, "UPDATE analyses_resultats SET donnees = json_set(donnees, '$.ca_centimes', 123456) "
                + "WHERE analyse = 'ca_total'");
        launchOk(launcher, "report", "--db", db.toString(), "--sortie", tmp.toString());
        assertTrue(Files.readString(tmp.resolve("note-de-synthese.md")).contains("Chiffre d’affaires total : **1 234,56 €**"));
    }

    @Test
    void htmlIsOneSelfContainedPage(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        launchOk(launcher, "run", "--db", db.toString());
        launchOk(launcher, "report", "--format", "html", "--db", db.toString(), "--sortie", tmp.toString());
        String html = Files.readString(tmp.resolve("note-de-synthese.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), html);
        assertTrue(html.contains("<strong>5 268,78 €</strong>"), html);
        assertEquals(4, html.split("<svg ", -1).length - 1, "four inline charts");
        assertTrue(!html.contains("src=\"http") && !html.contains("href=\"http"), "no network resource");
        assertTrue(Files.notExists(tmp.resolve("graphiques")), "html needs no chart files");
    }

    @Test
    void aDatabaseWithoutSalesSaysSo(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("vide.db");
        launchOk(launcher, "analyze", "--db", db.toString());
        launchOk(launcher, "report", "--db", db.toString(), "--sortie", tmp.toString());
        assertTrue(Files.readString(tmp.resolve("note-de-synthese.md")).contains("Aucune vente n’est enregistrée dans la base"));
    }

    @Test
    void aDatabaseNeverAnalysedIsAReportErrorInFrench(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("vide.db");
        launchOk(launcher, "schema", "--db", db.toString());
        LaunchResult result = launcher.launch("report", "--db", db.toString(), "--sortie", tmp.toString());
        assertEquals(ExitCodes.REPORT, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Aucun résultat d’analyse dans la base : lancez d’abord « ventes run »"),
                result.getErrorOutput());
    }

    @Test
    void anUnwritableOutputFolderIsAReportError(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        launchOk(launcher, "run", "--db", db.toString());
        Path notAFolder = Files.writeString(tmp.resolve("fichier"), "x");
        LaunchResult result = launcher.launch("report", "--db", db.toString(), "--sortie", notAFolder.toString());
        assertEquals(ExitCodes.REPORT, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Impossible d’écrire"), result.getErrorOutput());
    }

    private static String euros(Object value) {
        return fr.pme.ventes.analysis.Euros.format(new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
