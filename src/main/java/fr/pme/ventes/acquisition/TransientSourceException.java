package fr.pme.ventes.acquisition;

import java.time.Duration;

/**
 * A failure that may go away if we try again: connection refused or reset, timeout, body cut short,
 * HTTP 408, 429 or 5xx. Still a {@link SourceException} should it escape the retries.
 */
class TransientSourceException extends SourceException {
    private final transient Duration retryAfter;

    TransientSourceException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for (Retry-After), or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
