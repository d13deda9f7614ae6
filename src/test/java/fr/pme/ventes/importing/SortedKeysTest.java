package fr.pme.ventes.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SortedKeysTest {

    /** 0 keys, fewer than one buffer, exactly one, and enough for many spilled runs (with duplicates across runs). */
    @ParameterizedTest(name = "{0} clés")
    @ValueSource(ints = {0, 1, 999, 1_000, 1_001, 25_017})
    void keysComeBackInAscendingOrder(int count, @TempDir Path folder) throws IOException {
        Random random = new Random(count);
        long[] keys = random.longs(count, 0, 5_000).toArray();      // a narrow range: many equal keys
        long[] sorted;
        try (SortedKeys sorter = new SortedKeys(folder, 1_000)) {
            for (long key : keys) {
                sorter.add(key);
            }
            assertEquals(count, sorter.count());
            sorted = drain(sorter.sorted(), count);
            assertEquals(0, spillFiles(folder), "le fichier de tri n'a pas de nom : un processus tué ne laisse rien");
        }
        Arrays.sort(keys);
        assertArrayEquals(keys, sorted);
        assertEquals(0, spillFiles(folder));
    }

    @Test
    void largeKeysKeepTheirOrderThroughTheSpillFile(@TempDir Path folder) throws IOException {
        long[] keys = new Random(3).longs(10_000, 0, Long.MAX_VALUE).toArray();
        try (SortedKeys sorter = new SortedKeys(folder, 512)) {
            for (long key : keys) {
                sorter.add(key);
            }
            long[] sorted = drain(sorter.sorted(), keys.length);
            Arrays.sort(keys);
            assertArrayEquals(keys, sorted);
        }
    }

    private static long[] drain(SortedKeys.Cursor cursor, int expected) throws IOException {
        long[] out = new long[expected];
        int n = 0;
        while (cursor.next()) {
            out[n++] = cursor.key();
        }
        assertEquals(expected, n);
        return out;
    }

    private static long spillFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
