package fr.pme.ventes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Every setting of ours, with its default in application.properties; a command option overrides one for a run. */
@ConfigMapping(prefix = "ventes")
public interface VentesConfig {

    /** SQLite file (set from --db before start-up, see cli.Main). */
    String db();

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

        int retries();

        Duration retryMaxDuration();
    }

    interface Landing {
        /** Where downloads land; default: landing/ next to the database file. */
        Optional<String> dir();

        @WithDefault("5")
        int keep();
    }
}
