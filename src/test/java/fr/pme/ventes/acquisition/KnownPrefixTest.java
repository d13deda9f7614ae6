package fr.pme.ventes.acquisition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The line feeds and hash of the part of a file already imported, which place the rows of a grown file. */
class KnownPrefixTest {
    @TempDir
    Path tmp;

    /** Bytes next to a line feed's value (0x0A) in each bit, and their high-bit twins, where a carry would miscount. */
    private static final byte[] TRICKY = {'\n', 0x00, 0x0B, 0x09, 0x08, 0x0E, 0x1A, 0x2A, 0x4A, (byte) 0x8A,
            (byte) 0x80, (byte) 0xFF, (byte) 0xF5, 0x7F, 0x01, '\r', ';', '0'};

    @Test
    void countsEveryLineFeedWhateverItsPlaceInAWordAndTheBytesAroundIt() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(80)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : TRICKY[random.nextInt(TRICKY.length)];
            }
            for (int length = 0; length <= bytes.length; length++) {
                int offset = random.nextInt(length + 1);
                assertEquals(oneByOne(bytes, length) - oneByOne(bytes, offset),
                        KnownPrefix.lineFeeds(bytes, offset, length - offset),
                        () -> HexFormat.ofDelimiter(" ").formatHex(bytes));
            }
        }
    }

    @Test
    void countsWordsMadeOnlyOfLineFeedsOrOfNone() {
        byte[] feeds = new byte[64];
        Arrays.fill(feeds, (byte) '\n');
        assertEquals(64, KnownPrefix.lineFeeds(feeds, 0, 64));
        assertEquals(13, KnownPrefix.lineFeeds(feeds, 51, 13));
        byte[] none = new byte[64];
        Arrays.fill(none, (byte) 0x8A);
        assertEquals(0, KnownPrefix.lineFeeds(none, 0, 64));
    }

    @Test
    void hashesAndCountsThePrefixOfAFileAndNothingWhenTheFileIsShorter() throws IOException {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 37 == 36 ? '\n' : 'a' + i % 26);
        }
        Path file = Files.write(tmp.resolve("ventes.csv"), content);
        int length = 200_003;

        KnownPrefix prefix = KnownPrefix.read(file, length);

        byte[] expected = Arrays.copyOf(content, length);
        assertEquals(new KnownPrefix(length, HexFormat.of().formatHex(Downloader.sha256().digest(expected)),
                oneByOne(expected, length)), prefix);
        assertNull(KnownPrefix.read(file, content.length + 1L));
    }

    private static long oneByOne(byte[] bytes, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            count += bytes[i] == '\n' ? 1 : 0;
        }
        return count;
    }
}
