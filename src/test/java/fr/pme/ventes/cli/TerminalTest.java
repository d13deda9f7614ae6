package fr.pme.ventes.cli;

import fr.pme.ventes.acquisition.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalTest {

    @Test
    void onATerminalADownloadShowsBytesAndRateOnOneRedrawnLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        terminal.downloads().advanced("ventes", 3 * 1024 * 1024, 6 * 1024 * 1024);
        terminal.done();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r\033[KTéléchargement ventes : 3 Mio / 6 Mio (50 %), "), shown);
        assertTrue(shown.contains(" Mio/s") || shown.contains(" Kio/s"), shown);
        assertTrue(shown.endsWith("\r\033[K"), "the line is cleared before normal output");
    }

    @Test
    void offATerminalThereIsNoProgressButRetriesAreStillExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        ProgressListener downloads = terminal.downloads();
        downloads.advanced("ventes", 1024, 2048);
        downloads.retrying("ventes", "Source ventes (http://h/v.csv) : HTTP 503 ; nouvel essai dans 1 s (2/5)");
        terminal.done();
        assertEquals("Avertissement : Source ventes (http://h/v.csv) : HTTP 503 ; nouvel essai dans 1 s (2/5)"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }
}
