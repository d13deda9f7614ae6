package fr.pme.ventes.cli;

import fr.pme.ventes.ExitCodes;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusMainTest
class CommandLineTest {

    @Test
    @Launch("--help")
    void helpIsInFrenchAndListsTheCommands(LaunchResult result) {
        String out = result.getOutput();
        assertTrue(out.startsWith("Utilisation : ventes"), out);
        for (String command : new String[]{"run", "fetch", "import", "analyze", "status"}) {
            assertTrue(out.contains("  " + command), command + " missing from:\n" + out);
        }
        assertTrue(out.contains("Codes de sortie"), out);
    }

    @Test
    @Launch(value = "inconnue", exitCode = ExitCodes.USAGE)
    void anUnknownCommandIsAUsageErrorInFrench(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("Erreur d'utilisation : commande ou argument inconnu : inconnue"),
                result.getErrorOutput());
        assertEquals("", result.getOutput());
    }

    @Test
    @Launch(value = {"run", "--date-format", "julien"}, exitCode = ExitCodes.USAGE)
    void aBadOptionValueIsExplained(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("format de date inconnu : julien"), result.getErrorOutput());
    }

    @Test
    @Launch(value = {"run", "--source", "ailleurs", "--db", "target/never.db"}, exitCode = ExitCodes.SOURCE)
    void anUnknownSourceSetIsNamed(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("Source « ailleurs » inconnue"), result.getErrorOutput());
    }
}
