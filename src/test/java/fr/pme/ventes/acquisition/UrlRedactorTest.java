package fr.pme.ventes.acquisition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://docs.google.com/spreadsheets/d/e/2PACX-1vS/pub?gid=0&single=true&output=csv | https://docs.google.com/spreadsheets/d/e/2PACX-1vS/pub?gid=0&single=true&output=csv",
            "https://alice:motdepasse@example.org/ventes.csv | https://***@example.org/ventes.csv",
            "https://example.org/ventes.csv?token=abc&gid=7 | https://example.org/ventes.csv?token=***&gid=7",
            "https://example.org/v.csv?X-Amz-Signature=0a1b2c&X-Amz-Credential=AKIA%2F20261201 | https://example.org/v.csv?X-Amz-Signature=***&X-Amz-Credential=***",
            "https://example.org/v.csv?id=9f8e7d6c5b4a39281706f5e4 | https://example.org/v.csv?id=***",
            "https://example.org/v.csv?jour=2026-12-01 | https://example.org/v.csv?jour=2026-12-01",
    })
    void secretsAreRedactedAndTheRestKept(String url, String expected) {
        assertEquals(expected, UrlRedactor.redact(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The timeout period of 1000ms has been exceeded while executing GET /v.csv?access_token=s3cr3t for server h:80 | The timeout period of 1000ms has been exceeded while executing GET /v.csv?access_token=*** for server h:80",
            "Failed to connect to http://bob:pw@h/v.csv | Failed to connect to http://***@h/v.csv",
    })
    void secretsQuotedInFreeTextAreRedacted(String text, String expected) {
        assertEquals(expected, UrlRedactor.redactText(text));
    }
}
