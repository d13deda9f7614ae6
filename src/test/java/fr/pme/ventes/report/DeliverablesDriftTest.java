package fr.pme.ventes.report;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checked-in deliverables are exactly what the code writes from the bundled data (issue #10): regenerate them
 * into a temporary folder, as src/livrables/generer.sh does, and compare byte for byte. A schema, analysis or
 * wording change without `src/livrables/generer.sh` fails here, naming the file.
 */
@QuarkusMainTest
class DeliverablesDriftTest {
    static final Path CHECKED_IN = Path.of("deliverables");
    static final String HOW_TO_FIX = " : relancez src/livrables/generer.sh et committez deliverables/";

    @TempDir
    Path tmp;

    @Test
    void checkedInDeliverablesMatchWhatTheCodeWrites(QuarkusMainLauncher launcher) throws IOException {
        Path db = tmp.resolve("ventes.db");
        Path out = tmp.resolve("livrables");
        launchOk(launcher, "run", "--source", "demo", "--db", db.toString());
        launchOk(launcher, "livrables", "--db", db.toString(), "--sortie", out.toString());
        launchOk(launcher, "report", "--format", "html", "--db", db.toString(), "--sortie", out.toString());

        List<Path> generated;
        try (Stream<Path> files = Files.walk(out)) {
            generated = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(generated.size() >= 13, "too few files generated: " + generated);
        List<String> drifted = new ArrayList<>();
        for (Path file : generated) {
            Path relative = out.relativize(file);
            Path committed = CHECKED_IN.resolve(relative);
            if (!Files.exists(committed)) {
                drifted.add(relative + " (absent)");
            } else if (!Files.readString(committed).equals(Files.readString(file))) {
                drifted.add(relative + " (" + firstDifference(Files.readAllLines(committed), Files.readAllLines(file)) + ")");
            }
        }
        assertEquals(List.of(), drifted, "livrables périmés" + HOW_TO_FIX);
    }

    /** The pictures rendered by Graphviz show what their .dot source says (every entity, attribute and component). */
    @Test
    void renderedDiagramsShowEveryNameOfTheirSource() throws IOException {
        for (String diagram : List.of("mcd", "architecture")) {
            String dot = Files.readString(CHECKED_IN.resolve(diagram + ".dot"));
            String svg = Files.readString(CHECKED_IN.resolve(diagram + ".svg"));
            Matcher cells = Pattern.compile("<td[^>]*>(?:<[bu]>)?([A-Za-z_][A-Za-z0-9_]*)").matcher(dot);
            int checked = 0;
            while (cells.find()) {
                assertTrue(svg.contains(">" + cells.group(1)), diagram + ".svg ne montre pas « " + cells.group(1) + " »" + HOW_TO_FIX);
                checked++;
            }
            assertTrue(checked > 10, diagram + ".dot: only " + checked + " names found");
        }
    }

    /** With the Graphviz the pictures were made with, re-rendering the committed .dot gives the committed .svg. */
    @Test
    void renderedDiagramsAreUpToDateWithTheirSource() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz absent");
        for (String diagram : List.of("mcd", "architecture")) {
            String committed = Files.readString(CHECKED_IN.resolve(diagram + ".svg"));
            Process dot = new ProcessBuilder("/usr/bin/dot", "-Tsvg", CHECKED_IN.resolve(diagram + ".dot").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String rendered = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, dot.waitFor());
            String version = version(rendered);
            org.junit.jupiter.api.Assumptions.assumeTrue(version.equals(version(committed)),
                    "Graphviz " + version + " here, " + version(committed) + " for the committed pictures");
            assertEquals(committed, rendered, diagram + ".svg ne correspond pas à " + diagram + ".dot" + HOW_TO_FIX);
        }
    }

    private static String firstDifference(List<String> committed, List<String> generated) {
        for (int i = 0; i < Math.max(committed.size(), generated.size()); i++) {
            String a = i < committed.size() ? committed.get(i) : "<fin>";
            String b = i < generated.size() ? generated.get(i) : "<fin>";
            if (!a.equals(b)) {
                return "ligne " + (i + 1) + " : « " + a + " » au lieu de « " + b + " »";
            }
        }
        return "fins de ligne";
    }

    private static String version(String svg) {
        Matcher m = Pattern.compile("Generated by graphviz version ([^ ]+)").matcher(svg);
        return m.find() ? m.group(1) : "?";
    }

    static void launchOk(QuarkusMainLauncher launcher, String... args) {
        LaunchResult result = launcher.launch(args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + "\n" + result.getErrorOutput());
        assertFalse(result.getErrorOutput().contains("Erreur"), result.getErrorOutput());
    }
}
