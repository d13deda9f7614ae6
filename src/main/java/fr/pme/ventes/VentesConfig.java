package fr.pme.ventes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Every setting of ours, with its default in application.properties; a command option overrides one for a run. */
@ConfigMapping(prefix = "ventes")
public interface VentesConfig {

    /** SQLite file, or PostgreSQL JDBC URL (set from --db before start-up, see cli.Main). */
    String db();

    /** The SQLite file `copier --vers FICHIER` writes when --db is PostgreSQL (set by cli.Main). */
    Optional<String> sqlite();

    long busyTimeoutMs();

    /** Named source set used when no URL is given: "demo" (bundled) or "brief" (published addresses). */
    String source();

    /** Source sets by name, then file label ("produits", …) to URL. */
    Map<String, Map<String, String>> sources();

    Download download();

    Landing landing();

    interface Download {
        Duration connectTimeout();

        Duration readTimeout();

        long maxBytes();

        int maxRedirects();

        /** Retries after the first attempt, on connection errors, timeouts, HTTP 408, 429 and 5xx. */
        int retries();

        /** Wait before the first retry; doubled at each retry (with jitter), capped by retryMaxDelay. */
        @WithDefault("1s")
        Duration retryDelay();

        @WithDefault("30s")
        Duration retryMaxDelay();

        /** Total time budget of the retries of one file; a longer Retry-After gives up at once. */
        Duration retryMaxDuration();

        /** The sales server only appends rows: ask for the end of the file alone (--ajouts-seulement). */
        boolean salesAppendOnly();
    }

    interface Landing {
        /** Where downloads land; default: landing/ next to the database file. */
        Optional<String> dir();

        /** Versions kept per source (a version that is the beginning of a newer file keeps only its description). */
        @WithDefault("5")
        int keep();
    }
}
