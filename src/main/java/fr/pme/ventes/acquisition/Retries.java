package fr.pme.ventes.acquisition;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tries a download again after a transient failure ({@link TransientSourceException}), waiting longer each time
 * (exponential backoff with jitter) or as long as the server asked (Retry-After), bounded in number of retries and
 * in total time. Any other failure (HTTP 404, not a CSV, too big…) is final at once.
 * <p>
 * SmallRye Fault Tolerance runs the loop, counts the retries and enforces the total duration. The wait itself is a
 * custom backoff because only it sees the failure, hence the server's Retry-After; SmallRye applies no jitter to a
 * custom backoff, so the jitter is added here.
 */
final class Retries {
    private final int maxRetries;
    private final Duration delay;
    private final Duration maxDelay;
    private final Duration maxDuration;

    Retries(int maxRetries, Duration delay, Duration maxDelay, Duration maxDuration) {
        this.maxRetries = Math.max(0, maxRetries);
        this.delay = delay.isNegative() ? Duration.ZERO : delay;
        this.maxDelay = maxDelay;
        this.maxDuration = maxDuration;
    }

    /** Runs {@code attempt} until it succeeds, fails for good, or the retry budget is spent. */
    <T> T call(String label, ProgressListener progress, Class<T> type, Callable<T> attempt) throws Exception {
        Budget budget = new Budget(label, progress);
        Guard guard = Guard.create()
                .withDescription("téléchargement " + label)
                .withRetry()
                .maxRetries(maxRetries)
                .delay(delay.toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .maxDuration(Math.max(maxDuration.toMillis(), delay.toMillis() + 1), ChronoUnit.MILLIS)
                .whenException(budget::allowsRetry)
                .withCustomBackoff().strategy(() -> budget).done()
                .done()
                .build();
        try {
            return guard.call(() -> {
                budget.attempts++;
                return attempt.call();
            }, type);
        } catch (TransientSourceException e) {
            throw new SourceException(e.getMessage() + " ; " + budget.verdict(), e);
        }
    }

    /** The wait before retry number {@code retry} (1, 2, …): doubling from the base delay, capped, with jitter. */
    long backoffMillis(int retry) {
        long base = delay.toMillis();
        long exponential = base << Math.min(20, retry - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxDelay.toMillis());
        // "Equal jitter": half fixed, half random, so clients that failed together do not all come back together.
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    static String seconds(long millis) {
        if (millis < 1000 || millis % 1000 == 0) {
            return millis < 1000 ? millis + " ms" : millis / 1000 + " s";
        }
        return String.format(Locale.FRANCE, "%.1f s", millis / 1000.0);
    }

    /** One download's retry state: SmallRye asks it whether to retry, then how long to wait. */
    private final class Budget implements CustomBackoffStrategy {
        private final String label;
        private final ProgressListener progress;
        private final long started = System.nanoTime();
        private int attempts;
        private long nextWait;
        private String refusal;

        Budget(String label, ProgressListener progress) {
            this.label = label;
            this.progress = progress;
        }

        boolean allowsRetry(Throwable failure) {
            if (!(failure instanceof TransientSourceException transientFailure) || attempts > maxRetries) {
                return false;
            }
            Duration asked = transientFailure.retryAfter();
            long wait = asked != null ? asked.toMillis() : backoffMillis(attempts);
            long left = maxDuration.toMillis() - elapsedMillis();
            if (wait > left) {
                refusal = (asked != null ? "le serveur demande d'attendre " + seconds(wait) + " (Retry-After), au-delà"
                        : "attendre encore " + seconds(wait) + " dépasserait") + " de la durée maximale des essais ("
                        + seconds(maxDuration.toMillis()) + ", ventes.download.retry-max-duration) ; abandon après " + tries();
                return false;
            }
            nextWait = wait;
            return true;
        }

        @Override
        public long nextDelayInMillis(Throwable cause) {
            progress.retrying(label, cause.getMessage() + " ; nouvel essai dans " + seconds(nextWait)
                    + " (" + (attempts + 1) + "/" + (maxRetries + 1) + ")");
            return nextWait;
        }

        String verdict() {
            return refusal != null ? refusal : "abandon après " + tries() + " en " + seconds(elapsedMillis());
        }

        private String tries() {
            return attempts + (attempts > 1 ? " tentatives" : " tentative");
        }

        private long elapsedMillis() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
