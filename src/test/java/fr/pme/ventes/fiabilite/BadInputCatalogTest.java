package fr.pme.ventes.fiabilite;

import fr.pme.ventes.ClientFilesOverHttp;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.TestDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8: every kind of bad input the client's files can bring, run through the whole CLI against a database that
 * already holds the client's data. Each gives a French message naming the file, the line and the column where there
 * is one, and its exit code; an unusable file changes nothing in the database, bad rows land in {@code rejets} while
 * the good rows import. The table of what happened is deliverables/erreurs.md: this test fails when the checked-in
 * file differs from what the tool does now ({@code -Derreurs.ecrire=true} rewrites it).
 */
@QuarkusMainTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCatalogTest extends ClientFilesOverHttp {
    static final Path CATALOG = Path.of("deliverables/erreurs.md");
    static final String HEADER_SALES = "Date,ID Référence produit,Quantité,ID Magasin\r\n";
    static final Map<Integer, String> ROWS = new TreeMap<>();

    /** One bad input: which file, what it holds, what the tool must answer. */
    record Case(String title, String file, Content content, int exitCode, boolean databaseUnchanged, String expected) {
        @Override
        public String toString() {
            return title;
        }
    }

    @FunctionalInterface
    interface Content {
        byte[] of(byte[] goodFile) throws IOException;
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Content replace(String s) {
        return good -> text(s);
    }

    /** The good file with bad rows appended, so that good rows and bad rows meet in one import. */
    static Content append(byte[] bad) {
        return good -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(good);
            if (good.length > 0 && good[good.length - 1] != '\n') {
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(bad);
            return out.toByteArray();
        };
    }

    static Content append(String bad) {
        return append(text(bad));
    }

    static List<Case> cases() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'x');
        return List.of(
                new Case("Fichier absent (HTTP 404)", "ventes", null, ExitCodes.SOURCE, true, "HTTP 404"),
                new Case("Page HTML au lieu du CSV (page de connexion)", "ventes",
                        replace("<!DOCTYPE html><html><head><title>Connexion requise</title></head><body></body></html>"),
                        ExitCodes.SOURCE, true, "HTML"),
                new Case("Fichier vide", "ventes", replace(""), ExitCodes.SOURCE, true, "vide"),
                new Case("Fichier binaire (image PNG)", "ventes",
                        good -> new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0},
                        ExitCodes.SOURCE, true, "ventes"),
                new Case("En-tête seul, aucune ligne", "ventes", replace(HEADER_SALES), ExitCodes.OK, false, null),
                new Case("Colonne obligatoire absente (Quantité)", "ventes",
                        replace("Date,ID Référence produit,ID Magasin\r\n2023-07-01,REF001,1\r\n"),
                        ExitCodes.DATA, true, "ligne 1 : colonne obligatoire « Quantité » absente"),
                new Case("Colonne en double", "ventes",
                        replace("Date,Jour,ID Référence produit,Quantité,ID Magasin\r\n2023-07-01,2023-07-01,REF001,1,1\r\n"),
                        ExitCodes.DATA, true, "apparaît deux fois"),
                new Case("Colonnes inconnues en plus (ignorées, signalées)", "ventes",
                        replace("Date,ID Référence produit,Quantité,ID Magasin,Remise\r\n2023-07-01,REF001,1,1,10%\r\n"),
                        ExitCodes.OK, false, "colonnes inconnues ignorées : Remise"),
                new Case("Mauvais séparateur (en-tête en « ; », lignes en « , »)", "ventes",
                        replace("Date;ID Référence produit;Quantité;ID Magasin\r\n2023-07-01,REF001,1,1\r\n"),
                        ExitCodes.OK, false, "ligne 2"),
                new Case("Ligne avec trop de champs (séparateur dans une valeur)", "ventes",
                        append("2023-07-01,REF001,1,1,5\r\n"), ExitCodes.OK, false, "champs alors que l'en-tête en a"),
                new Case("Guillemet jamais fermé", "ventes", append("2023-07-01,\"REF001,1,1\r\n2023-07-02,REF002,1,1\r\n"),
                        ExitCodes.DATA, true, "guillemet"),
                new Case("Octets invalides en UTF-8", "ventes",
                        append(new byte[]{'2', '0', '2', '3', '-', '0', '7', '-', '0', '1', ',', 'R', 'E', 'F', (byte) 0xff, (byte) 0xfe, ',', '1', ',', '1', '\r', '\n'}),
                        ExitCodes.OK, false, "octets invalides"),
                new Case("Marque d'ordre d'octets (BOM) au milieu du fichier", "ventes",
                        append("\uFEFFDate,ID Référence produit,Quantité,ID Magasin\r\n"), ExitCodes.OK, false, "BOM"),
                new Case("Date impossible (31 février)", "ventes", append("2023-02-31,REF001,1,1\r\n"), ExitCodes.OK, false,
                        "date invalide"),
                new Case("Dates toutes ambiguës (01/02/2023 : jour ou mois ?)", "ventes",
                        replace(HEADER_SALES + "01/02/2023,REF001,1,1\r\n03/04/2023,REF002,2,2\r\n"), ExitCodes.DATA, true,
                        "--date-format"),
                new Case("Quantité négative", "ventes", append("2023-07-01,REF001,-3,1\r\n"), ExitCodes.OK, false,
                        "quantité non positive"),
                new Case("Quantité nulle", "ventes", append("2023-07-01,REF001,0,1\r\n"), ExitCodes.OK, false,
                        "quantité non positive"),
                new Case("Quantité décimale", "ventes", append("2023-07-01,REF001,\"2,5\",1\r\n"), ExitCodes.OK, false,
                        "nombre entier attendu"),
                new Case("Quantité énorme", "ventes", append("2023-07-01,REF001,999999999,1\r\n"), ExitCodes.OK, false,
                        "quantité invraisemblable"),
                new Case("Produit inconnu dans une vente", "ventes", append("2023-07-01,REF999,1,1\r\n"), ExitCodes.OK, false,
                        "produit inconnu : REF999"),
                new Case("Magasin inconnu dans une vente", "ventes", append("2023-07-01,REF001,1,99\r\n"), ExitCodes.OK, false,
                        "magasin inconnu : 99"),
                new Case("Fichier coupé au milieu d'une ligne", "ventes", good -> java.util.Arrays.copyOf(good, good.length - 4),
                        ExitCodes.OK, false, "ligne 31"),
                new Case("Une seule ligne de 10 Mo sans fin de ligne", "ventes",
                        append(tenMegabytes), ExitCodes.OK, false, "ligne 32"),
                new Case("Prix négatif", "produits", append("Produit Z,REF009,-5.00,3\r\n"), ExitCodes.OK, false,
                        "prix négatif"),
                new Case("Prix avec un symbole monétaire étranger ($)", "produits", append("Produit Z,REF009,$12.50,3\r\n"),
                        ExitCodes.OK, false, "prix illisible"),
                new Case("Prix avec le symbole € (accepté)", "produits", append("Produit Z,REF009,\"12,50 €\",3\r\n"),
                        ExitCodes.OK, false, null),
                new Case("Même référence deux fois avec deux prix", "produits", append("Produit A bis,REF001,59.99,100\r\n"),
                        ExitCodes.OK, false, "déjà décrite ligne 2"),
                new Case("Nombre de salariés négatif", "magasins", append("9,Nancy,-4\r\n"), ExitCodes.OK, false,
                        "nombre négatif"));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadInputIsAnsweredInFrenchWithItsCode(Case c, QuarkusMainLauncher launcher) throws IOException {
        assertEquals(ExitCodes.OK, run(launcher).exitCode());
        String before = TestDatabase.dump(db);
        long rejectsBefore = TestDatabase.count(db, "rejets");
        Path file = server.root().resolve(c.file() + ".csv");
        if (c.content() == null) {
            Files.delete(file);
        } else {
            Files.write(file, c.content().of(Files.readAllBytes(file)));
        }
        LaunchResult result = run(launcher);
        String err = result.getErrorOutput();
        assertEquals(c.exitCode(), result.exitCode(), err);
        String shown;
        if (c.exitCode() == ExitCodes.OK) {
            long rejects = TestDatabase.count(db, "rejets") - rejectsBefore;
            List<List<Object>> first = TestDatabase.rows(db, "SELECT fichier, ligne, colonne, motif FROM rejets "
                    + "WHERE id > (SELECT coalesce(max(id), 0) FROM rejets) - " + rejects + " ORDER BY id LIMIT 1");
            if (first.isEmpty()) {
                shown = err.lines().filter(l -> l.startsWith("Attention")).findFirst().orElse("(aucun message : rien à refuser)");
            } else {
                List<Object> r = first.get(0);
                shown = "rejets : fichier " + r.get(0) + ", ligne " + r.get(1) + (r.get(2) == null ? "" : ", colonne « " + r.get(2) + " »")
                        + " : " + r.get(3);
                assertTrue(err.contains("ligne(s) refusée(s)"), err);
            }
            long sales = TestDatabase.count(db, "ventes");
            assertTrue(sales >= 30, "no good sale lost: " + sales);
            assertTrue(!c.file().equals("ventes") || !shown.startsWith("rejets") || sales == 30, "a refused sale is not stored");
        } else {
            shown = err.lines().filter(l -> l.startsWith("Erreur")).findFirst().orElse(err);
            assertTrue(shown.contains(c.file()), "the message names the file: " + shown);
        }
        if (c.expected() != null) {
            assertTrue((shown + "\n" + err).contains(c.expected()), shown + "\n" + err);
        }
        assertFalse(err.contains("Exception") || err.contains("erreur interne"), err);
        if (c.databaseUnchanged()) {
            assertEquals(before, TestDatabase.dump(db), "an unusable file changes nothing");
        }
        synchronized (ROWS) {
            ROWS.put(cases().stream().map(Case::title).toList().indexOf(c.title()), "| " + c.title() + " | " + c.file() + ".csv | " + c.exitCode() + " | "
                    + anonymous(shown) + " | " + (c.databaseUnchanged() ? "inchangée (tout annulé)"
                    : "lignes valides importées" + (shown.startsWith("rejets") ? ", ligne refusée gardée dans rejets" : "")) + " |");
        }
    }

    private String anonymous(String message) {
        return message.replace(server.url(""), "https://exemple.fr/").replace(db.toString(), "data/ventes.db")
                .replace("|", "\\|");
    }

    @Order(2)
    @Test
    void theCheckedInCatalogIsWhatTheToolAnswers() throws IOException {
        assertEquals(cases().size(), ROWS.size(), "run the whole class: the catalog needs every case");
        StringBuilder md = new StringBuilder();
        md.append("# Catalogue des erreurs et codes de sortie\n\n")
                .append("Fichier produit par `BadInputCatalogTest` (src/test/java/fr/pme/ventes/fiabilite) : chaque ligne est ")
                .append("ce que fait réellement `ventes run` quand l'un des trois fichiers contient cette entrée, sur une base ")
                .append("qui contient déjà les données du client. Le test échoue si ce fichier ne correspond plus à l'outil ; ")
                .append("`./mvnw test -Dtest=BadInputCatalogTest -Derreurs.ecrire=true` le réécrit.\n\n")
                .append("## Codes de sortie\n\n| Code | Signification |\n|---|---|\n");
        ExitCodeMeanings.ALL.forEach((code, meaning) -> md.append("| ").append(code).append(" | ").append(meaning).append(" |\n"));
        md.append("\nUne ligne refusée ne fait pas échouer l'exécution (code 0, message « Attention : N ligne(s) refusée(s) » ")
                .append("et ligne gardée avec son numéro, sa colonne et son motif dans la table `rejets`), sauf avec `--strict` : ")
                .append("alors rien n'est importé et le code est 4.\n\n")
                .append("## Entrées incorrectes\n\n| Entrée | Fichier | Code | Message (ou premier refus enregistré) | Base |\n")
                .append("|---|---|---|---|---|\n");
        ROWS.values().forEach(row -> md.append(row).append('\n'));
        md.append("\n## Environnement\n\nVoir `EnvironmentFailuresTest` : base qui n'est pas un fichier SQLite (code 5), ")
                .append("base ou dossier en lecture seule (code 10), disque plein (code 9), base tenue par une autre exécution ")
                .append("au-delà du délai d'attente (code 8, `ConcurrentRunsIT`). Dans chaque cas la base reste telle qu'avant.\n");
        String expected = md.toString();
        if (Boolean.getBoolean("erreurs.ecrire")) {
            Files.createDirectories(CATALOG.getParent());
            Files.writeString(CATALOG, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CATALOG), "deliverables/erreurs.md is missing: run with -Derreurs.ecrire=true");
        assertEquals(expected, Files.readString(CATALOG, StandardCharsets.UTF_8),
                "deliverables/erreurs.md no longer matches the tool: rerun with -Derreurs.ecrire=true and review the diff");
    }
}
