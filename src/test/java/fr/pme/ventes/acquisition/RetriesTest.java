package fr.pme.ventes.acquisition;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waiting rules alone; the retries themselves are exercised against a real server in DownloaderTest. */
class RetriesTest {
    final Retries retries = new Retries(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void theWaitDoublesWithJitterAndIsCapped() {
        for (int i = 0; i < 200; i++) {
            assertBetween(500, 1000, retries.backoffMillis(1));
            assertBetween(1000, 2000, retries.backoffMillis(2));
            assertBetween(4000, 8000, retries.backoffMillis(4));
            assertBetween(15_000, 30_000, retries.backoffMillis(10));
            assertBetween(15_000, 30_000, retries.backoffMillis(80));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 01 Dec 2026 08:01:30 GMT", now));
        assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 01 Dec 2026 07:00:00 GMT", now));
        assertNull(RetryAfter.parse("bientôt", now));
        assertNull(RetryAfter.parse(null, now));
    }

    @Test
    void shortWaitsReadInMilliseconds() {
        assertEquals("20 ms", Retries.seconds(20));
        assertEquals("1,5 s", Retries.seconds(1500));
        assertEquals("3600 s", Retries.seconds(3_600_000));
    }

    private static void assertBetween(long low, long high, long actual) {
        assertTrue(actual >= low && actual <= high, actual + " not in [" + low + ", " + high + "]");
    }
}
