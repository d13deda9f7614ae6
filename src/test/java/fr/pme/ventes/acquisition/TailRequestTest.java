package fr.pme.ventes.acquisition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks that decide whether a server's answer to a Range request may complete our copy. */
class TailRequestTest {
    @TempDir
    Path tmp;

    /** A landed copy of 100 000 bytes, so that the request starts 64 KiB before its end. */
    TailRequest request(byte[] landed) throws IOException {
        Path copy = Files.write(tmp.resolve("copie.csv"), landed);
        String sha = HexFormat.of().formatHex(Downloader.sha256().digest(landed));
        return TailRequest.after(copy, new PreviousDownload("http://h/ventes.csv", null, null, sha, landed.length));
    }

    static byte[] bytes(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i % 10 == 9 ? '\n' : '0' + i % 10);
        }
        return b;
    }

    @Test
    void onlyTheExactRangeOfALongerFileIsAccepted() throws IOException {
        TailRequest tail = request(bytes(100_000));
        long from = 100_000 - TailRequest.OVERLAP;
        assertEquals("bytes=" + from + "-", tail.rangeHeader());
        assertEquals(100_010, tail.totalSize("bytes " + from + "-100009/100010"));
        assertEquals(-1, tail.totalSize("bytes " + (from + 1) + "-100009/100010"), "another start");
        assertEquals(-1, tail.totalSize("bytes " + from + "-100000/100010"), "not up to the end");
        assertEquals(-1, tail.totalSize("bytes " + from + "-99999/100000"), "not longer than before");
        assertEquals(-1, tail.totalSize("bytes " + from + "-100009/*"), "unknown length");
        assertEquals(-1, tail.totalSize(null));
    }

    @Test
    void aShortCopyIsAskedForFromItsStart() throws IOException {
        assertEquals("bytes=0-", request(bytes(1_000)).rangeHeader());
    }

    @Test
    void theOverlapMustRepeatTheEndOfOurCopyByteForByte() throws IOException {
        byte[] landed = bytes(100_000);
        TailRequest tail = request(landed);
        byte[] overlap = Arrays.copyOfRange(landed, 100_000 - TailRequest.OVERLAP, 100_000);
        assertTrue(tail.overlapMatches(overlap));
        overlap[overlap.length - 1] = 'x';
        assertFalse(tail.overlapMatches(overlap));
        assertFalse(tail.overlapMatches(Arrays.copyOf(overlap, 10)), "cut short");
    }

    @Test
    void theCopyIsRehashedAndADamagedOneRefused() throws IOException {
        byte[] landed = bytes(100_000);
        TailRequest tail = request(landed);
        assertEquals(10_000, tail.landedLineFeeds());
        CompletableFuture<MessageDigest> hashing = tail.hashLanded();
        Files.move(tail.landed(), tmp.resolve("deplacee.csv"));     // as LandingZone#extend may do meanwhile
        MessageDigest sha = hashing.join();
        sha.update((byte) 'x');
        byte[] grown = Arrays.copyOf(landed, landed.length + 1);
        grown[landed.length] = 'x';
        assertArrayEquals(Downloader.sha256().digest(grown), sha.digest(), "the digest goes on with the new bytes");

        landed[5] = 'x';
        Files.write(tail.landed(), landed);
        assertNull(tail.hashLanded().join(), "damaged");
        Files.write(tail.landed(), Arrays.copyOf(landed, 99_999));
        assertNull(tail.hashLanded().join(), "shorter");
        assertEquals(-1, tail.landedLineFeeds(), "shorter");
    }
}
