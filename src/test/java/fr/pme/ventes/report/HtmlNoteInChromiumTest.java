package fr.pme.ventes.report;

import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.pme.ventes.report.DeliverablesDriftTest.launchOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the HTML note in a real headless Chromium (Debian's, installed by .ci/run): the figures are on the page it
 * renders, the charts are drawn, and a screenshot is kept in target/ (generer.sh keeps one in deliverables/).
 */
@QuarkusMainTest
class HtmlNoteInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void theRenderedPageShowsTheFiguresAndTheCharts(QuarkusMainLauncher launcher) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium absent (apt-get install chromium)");
        Path db = tmp.resolve("ventes.db");
        launchOk(launcher, "run", "--db", db.toString());
        launchOk(launcher, "report", "--format", "html", "--db", db.toString(), "--sortie", tmp.toString());
        String page = tmp.resolve("note-de-synthese.html").toUri().toString();

        String dom = chromium("--dump-dom", page);
        assertTrue(dom.contains("<strong>5 268,78 €</strong>"), dom);
        for (String figure : List.of("Auvergne-Rhône-Alpes", "1 059,79 €", "Produit D", "1 679,79 €", "Lyon", "31,9 %")) {
            assertTrue(dom.contains(figure), figure + " missing from the rendered page");
        }
        assertEquals(5 + 7 + 7, dom.split("class=\"barre\"", -1).length - 1, "bars: 5 products, 7 regions, 7 cities");
        assertEquals(30, dom.split("class=\"point\"", -1).length - 1, "one point per day");

        Path screenshot = Path.of("target/note-de-synthese.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--screenshot=" + screenshot, "--window-size=1000,4700", page);
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 50_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "PNG of " + png.length + " bytes");
    }

    private String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-dev-shm-usage", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", "--run-all-compositor-stages-before-draw",
                "--user-data-dir=" + tmp.resolve("chromium")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "chromium failed");
        return out;
    }
}
