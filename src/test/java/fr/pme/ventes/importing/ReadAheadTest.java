package fr.pme.ventes.importing;

import fr.pme.ventes.InvalidDataException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The second reading thread (issue #7) changes neither the rows, nor their order, nor where an error surfaces. */
class ReadAheadTest {

    /** Rows numbered 1..count (only their line matters here); throws {@code failure} instead of row {@code failAt}. */
    private static Iterable<CsvTable.Row> rows(long count, long failAt, RuntimeException failure, AtomicLong produced) {
        return () -> new Iterator<>() {
            private long line;

            @Override
            public boolean hasNext() {
                if (line + 1 == failAt) {
                    throw failure;
                }
                return line < count;
            }

            @Override
            public CsvTable.Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                produced.incrementAndGet();
                return new CsvTable.Row(++line, null, null);
            }
        };
    }

    private static List<Long> lines(Iterable<CsvTable.Row> rows) {
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            lines.add(row.line());
        }
        return lines;
    }

    @Test
    void deliversEveryRowInFileOrderAcrossBatches() {
        try (ReadAhead ahead = new ReadAhead(rows(5_000, -1, null, new AtomicLong()))) {
            List<Long> lines = lines(ahead);
            assertEquals(5_000, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(i + 1, lines.get(i));
            }
        }
    }

    @Test
    void aParseErrorSurfacesAfterTheRowsBeforeIt() {
        InvalidDataException broken = new InvalidDataException("Fichier ventes (x), ligne 3001 : guillemet jamais fermé");
        List<Long> seen = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(rows(5_000, 3_001, broken, new AtomicLong()))) {
            InvalidDataException thrown = assertThrows(InvalidDataException.class, () -> {
                for (CsvTable.Row row : ahead) {
                    seen.add(row.line());
                }
            });
            assertEquals(broken, thrown);
        }
        assertEquals(3_000, seen.size());
        assertEquals(3_000L, seen.get(seen.size() - 1));
    }

    @Test
    void closingEarlyStopsTheReadingThread() {
        AtomicLong produced = new AtomicLong();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            try (ReadAhead ahead = new ReadAhead(rows(100_000_000, -1, null, produced))) {
                Iterator<CsvTable.Row> it = ahead.iterator();
                for (int i = 0; i < 10; i++) {
                    it.next();
                }
            }
        });
        long afterClose = produced.get();
        assertTrue(afterClose < 100_000, "the reader kept going: " + afterClose + " rows");
        assertEquals(afterClose, produced.get(), "the reader still runs after close()");
    }
}
