package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The help printed without starting Quarkus must be exactly the one the full application prints. */
@QuarkusMainTest
class HelpWithoutQuarkusTest {

    @Test
    void everyHelpTextIsTheOneOfTheFullApplication(QuarkusMainLauncher launcher) {
        List<String[]> requests = new ArrayList<>();
        requests.add(new String[]{"--help"});
        requests.add(new String[]{"--aide"});
        requests.add(new String[]{"--version"});
        for (String command : CommandLineSetup.create(new HelpWithoutQuarkus()).getSubcommands().keySet()) {
            requests.add(new String[]{command, "--help"});
        }
        requests.add(new String[]{"run", "--db", "ailleurs.db", "-h"});
        requests.add(new String[]{"inconnue", "--help"});      // picocli answers the help it was asked for
        for (String[] args : requests) {
            LaunchResult full = launcher.launch(args);
            assertEquals(ExitCodes.OK, full.exitCode(), String.join(" ", args));
            // LaunchResult drops the blank line some footers end with: compare up to the last printed character.
            assertEquals(full.getOutput().stripTrailing(), fast(args).stripTrailing(), String.join(" ", args));
            String stored = HelpTexts.stored(args);
            if (stored != null) {
                assertEquals(full.getOutput().stripTrailing(), String.join("\n", stored.lines().toList()).stripTrailing(),
                        "texte enregistré pour " + String.join(" ", args));
            }
        }
    }

    @Test
    void theBuildStoredTheHelpOfEveryCommand() {
        assertEquals(HelpTexts.render("--help"), HelpTexts.stored("--help"));
        assertEquals(HelpTexts.render("--help"), HelpTexts.stored("--aide"));
        for (String command : CommandLineSetup.create(new HelpWithoutQuarkus()).getSubcommands().keySet()) {
            assertEquals(HelpTexts.render(command, "--help"), HelpTexts.stored(command, "-h"), command);
        }
        assertNull(HelpTexts.stored("run", "--db", "x.db", "--help"));     // other requests take the slower paths
        assertNull(HelpTexts.stored("--version"));
        assertNull(HelpTexts.stored("inconnue", "--help"));
    }

    @Test
    void anythingButHelpIsLeftToTheFullApplication() {
        assertEquals(-1, HelpWithoutQuarkus.answer("run", "--db", "x.db"));
        assertEquals(-1, HelpWithoutQuarkus.answer("run", "--date-format", "julien", "--help"));    // usage error: French, full path
        assertEquals(-1, HelpWithoutQuarkus.answer("run", "--", "--help"));
        assertEquals(-1, HelpWithoutQuarkus.answer());
    }

    /** What the fast path prints, as LaunchResult gives it: lines joined by \n, no final line break. */
    private static String fast(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream into = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(into);
            assertEquals(ExitCodes.OK, HelpWithoutQuarkus.answer(args), String.join(" ", args));
        } finally {
            System.setOut(original);
        }
        return String.join("\n", captured.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
