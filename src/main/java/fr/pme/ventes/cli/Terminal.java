package fr.pme.ventes.cli;

import fr.pme.ventes.acquisition.ProgressListener;
import fr.pme.ventes.analysis.Euros;
import fr.pme.ventes.importing.ImportProgress;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * Progress lines on stderr, redrawn in place, only for a person at a terminal: silent under --json and when
 * output is redirected (cron, CI, containers).
 */
final class Terminal {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean active;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Terminal(boolean json) {
        this(System.err, !json && interactive());
    }

    Terminal(PrintStream err, boolean active) {
        this.err = err;
        this.active = active;
    }

    /** Download progress (on a terminal only) and retry notices (always: they explain a slow run in a cron log). */
    ProgressListener downloads() {
        return new ProgressListener() {
            @Override
            public void advanced(String label, long done, long total) {
                if (due()) {
                    draw("Téléchargement " + label + " : " + size(done)
                            + (total > 0 ? " / " + size(total) + " (" + done * 100 / total + " %)" : "")
                            + ", " + size(rate(done)) + "/s");
                }
            }

            @Override
            public void retrying(String label, String message) {
                done();
                err.println("Avertissement : " + message);
                err.flush();
            }
        };
    }

    ImportProgress imports() {
        return (label, rows, read, total) -> {
            if (!due()) {
                return;
            }
            long perSecond = rate(rows);
            String eta = total > 0 && read > 0 && read < total
                    ? ", reste ~" + Math.max(1, (long) (elapsedSeconds() * (total - read) / read)) + " s" : "";
            draw("Import " + label + " : " + Euros.number(rows) + " lignes, " + Euros.number(perSecond) + " lignes/s"
                    + (total > 0 ? ", " + Math.min(100, read * 100 / total) + " %" : "") + eta);
        };
    }

    /** Clears the progress line before normal output. */
    void done() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Whether a line should be drawn now: the text is only built then (downloads report every 64 KiB). */
    private boolean due() {
        return active && System.nanoTime() - lastDraw >= REDRAW_NANOS;
    }

    private void draw(String line) {
        lastDraw = System.nanoTime();
        drawn = true;
        err.print("\r\033[K" + line);
        err.flush();
    }

    private long rate(long amount) {
        double seconds = elapsedSeconds();
        return seconds <= 0 ? 0 : (long) (amount / seconds);
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Euros.number(bytes / 1024) + " Kio";
        }
        return Euros.number(bytes / (1024 * 1024)) + " Mio";
    }

    /** JDK 22+ returns a Console even when redirected; ask it then whether it is really a terminal. */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
