package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A download compared with the copy last imported: whatever the bytes received, the body is exactly them, and bytes
 * that repeat the copy are not written again.
 */
class ReceivedBodyTest {
    private static final int COPY = 300_000;

    @TempDir
    Path tmp;

    Path copy;
    Path temporary;
    LandingZone landing;

    ReceivedBody body() throws IOException {
        landing = new LandingZone(tmp.resolve("telechargements"), 3);
        temporary = landing.newTemporaryFile(DataFile.VENTES);
        copy = Files.write(tmp.resolve("telechargements/ventes/copie.csv"), TailRequestTest.bytes(COPY));
        return ReceivedBody.comparedWith(copy, COPY, temporary);
    }

    void write(ReceivedBody body, byte[] bytes) throws IOException {
        for (int at = 0; at < bytes.length; at += 70_000) {
            byte[] piece = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 70_000));
            body.write(piece, piece.length);
        }
    }

    /** A body asked for from the end of the copy (HTTP Range), which has received what {@code grown} adds to it. */
    ReceivedBody following(byte[] grown) throws IOException {
        body().close();
        ReceivedBody body = ReceivedBody.following(copy, COPY, temporary);
        body.write(Arrays.copyOfRange(grown, COPY, grown.length), grown.length - COPY);
        return body;
    }

    /** Receives {@code bytes} in pieces of 70,000 bytes (more than the comparison buffer) and returns the whole body. */
    Path receive(ReceivedBody body, byte[] bytes) throws IOException {
        write(body, bytes);
        assertEquals(bytes.length, body.size());
        assertArrayEquals(Arrays.copyOf(bytes, Math.min(bytes.length, CsvContentCheck.SAMPLE)),
                body.head(CsvContentCheck.SAMPLE));
        return body.complete(landing, DataFile.VENTES);
    }

    @Test
    void anUnchangedFileIsOnlyCompared() throws IOException {
        try (ReceivedBody body = body()) {
            write(body, TailRequestTest.bytes(COPY));
            assertEquals(COPY, body.size());
            assertEquals(0, Files.size(temporary), "nothing written while the bytes repeat the copy");
        }
    }

    @Test
    void aGrownFileExtendsTheCopyInPlace() throws IOException {
        byte[] grown = TailRequestTest.bytes(COPY + 12_345);
        try (ReceivedBody body = body()) {
            write(body, grown);
            assertEquals(12_345, Files.size(temporary), "only the bytes past the copy are written while receiving");
            Path whole = body.complete(landing, DataFile.VENTES);
            assertArrayEquals(grown, Files.readAllBytes(whole));
            assertFalse(Files.exists(copy), "the copy became the beginning of the new body");
            assertEquals(copy, body.continued());
        }
    }

    @Test
    void theEndAloneExtendsTheCopyInPlace() throws IOException {
        byte[] grown = TailRequestTest.bytes(COPY + 12_345);
        try (ReceivedBody body = following(grown)) {
            assertEquals(grown.length, body.size());
            Path whole = body.complete(landing, DataFile.VENTES);
            assertArrayEquals(grown, Files.readAllBytes(whole));
            assertFalse(Files.exists(copy), "the copy became the beginning of the new body");
            assertEquals(copy, body.continued());
        }
    }

    @Test
    void aCopyExtendedButNotPublishedIsPutBack() throws IOException {
        byte[] grown = TailRequestTest.bytes(COPY + 12_345);
        for (boolean endAlone : new boolean[]{false, true}) {
            try (ReceivedBody body = endAlone ? following(grown) : body()) {
                if (!endAlone) {
                    write(body, grown);
                }
                Path whole = body.complete(landing, DataFile.VENTES);
                body.discard(whole);
                assertFalse(Files.exists(whole));
                assertArrayEquals(TailRequestTest.bytes(COPY), Files.readAllBytes(copy), "end alone: " + endAlone);
            }
        }
    }

    @Test
    void aCopyThatIsTheBeginningOfALongerFileIsCopiedNotExtended() throws IOException {
        byte[] grown = TailRequestTest.bytes(COPY + 12_345);
        try (ReceivedBody ignored = body()) {
            Files.write(copy, TailRequestTest.bytes(COPY + 100));   // kept as the beginning of a newer file
        }
        try (ReceivedBody body = ReceivedBody.comparedWith(copy, COPY, temporary)) {
            Path whole = receive(body, grown);
            assertEquals(temporary, whole);
            assertArrayEquals(grown, Files.readAllBytes(whole));
            assertArrayEquals(TailRequestTest.bytes(COPY + 100), Files.readAllBytes(copy), "left as it was");
            assertNull(body.continued());
            assertEquals(Files.getPosixFilePermissions(landing.newTemporaryFile(DataFile.VENTES)),
                    Files.getPosixFilePermissions(whole), "readable by its owner only, as every download");
        }
    }

    @Test
    void aChangeInsideTheCopyWritesTheBodyAsReceived() throws IOException {
        for (int changed : new int[]{0, 1, 65_535, 65_536, 150_000, COPY - 1}) {
            byte[] received = TailRequestTest.bytes(COPY + 500);
            received[changed] = 'x';
            try (ReceivedBody body = body()) {
                Path whole = receive(body, received);
                assertEquals(temporary, whole);
                assertArrayEquals(received, Files.readAllBytes(whole), "byte " + changed + " changed");
                assertTrue(Files.exists(copy), "the copy is left as it was");
            }
        }
    }

    @Test
    void aBodyShorterThanTheCopyOrEqualToItIsWrittenOut() throws IOException {
        for (int length : new int[]{0, 10, 70_000, COPY}) {
            byte[] received = Arrays.copyOf(TailRequestTest.bytes(COPY), length);
            try (ReceivedBody body = body()) {
                assertArrayEquals(received, Files.readAllBytes(receive(body, received)), length + " bytes");
                assertArrayEquals(TailRequestTest.bytes(COPY), Files.readAllBytes(copy));
            }
        }
    }

    @Test
    void aCopyShorterThanRecordedOnlyMatchesAsFarAsItGoes() throws IOException {
        byte[] received = TailRequestTest.bytes(COPY + 100);
        try (ReceivedBody body = body()) {
            Files.write(copy, Arrays.copyOf(received, 1_000));      // damaged since it was landed
            assertArrayEquals(received, Files.readAllBytes(receive(body, received)));
        }
    }

    @Test
    void aCopyTakenByAnotherRunIsRebuiltFromTheBytesStillOpen() throws IOException {
        byte[] grown = TailRequestTest.bytes(COPY + 777);
        try (ReceivedBody body = following(grown)) {
            Files.move(copy, tmp.resolve("ailleurs.csv"));
            Path whole = body.complete(landing, DataFile.VENTES);
            assertEquals(temporary, whole);
            assertArrayEquals(grown, Files.readAllBytes(whole));
        }
    }

    @Test
    void aCopyGoneBeforeTheDownloadStartsMeansEverythingIsWritten() throws IOException {
        body().close();
        Files.delete(copy);
        byte[] received = TailRequestTest.bytes(1_000);
        try (ReceivedBody body = ReceivedBody.comparedWith(copy, COPY, temporary)) {
            assertArrayEquals(received, Files.readAllBytes(receive(body, received)));
        }
    }

    @Test
    void withoutACopyEverythingIsWritten() throws IOException {
        byte[] received = TailRequestTest.bytes(1_000);
        landing = new LandingZone(tmp, 3);
        Path target = Files.createTempFile(tmp, "corps", ".part");
        try (ReceivedBody body = ReceivedBody.writtenTo(target)) {
            body.write(received, received.length);
            assertArrayEquals(received, Files.readAllBytes(body.complete(landing, DataFile.VENTES)));
        }
    }
}
