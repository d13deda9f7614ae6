package fr.pme.ventes.acquisition;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * The first {@code length} bytes of a file, where {@code length} is the size of the file last imported from the
 * same address: their SHA-256 and their line feeds, so that a file which only grew at its end is recognised (issue
 * #7). A download computes it on the way to disk; {@link #read} computes it from a file already on disk.
 */
public record KnownPrefix(long length, String sha256, long lineFeeds) {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EIGHT_LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The prefix of {@code length} bytes of a file; null when the file is shorter. Its line feeds are counted by a
     * second reader of the same bytes on another thread while this one hashes: on the 236 MB copy of a grown file,
     * hashing alone takes ~0.2 s and counting ~0.1 s more on one thread (issue #7).
     */
    public static KnownPrefix read(Path file, long length) throws IOException {
        CompletableFuture<Long> lineFeeds = BackgroundRead.start(() -> lineFeeds(file, length));
        try {
            MessageDigest sha = Downloader.sha256();
            try (InputStream in = Files.newInputStream(file)) {
                if (scan(in, length, (buffer, n) -> sha.update(buffer, 0, n)) < length) {
                    return null;
                }
            }
            return new KnownPrefix(length, HexFormat.of().formatHex(sha.digest()), BackgroundRead.await(lineFeeds));
        } finally {
            lineFeeds.cancel(false);
        }
    }

    /** The line feeds among the first {@code length} bytes of {@code file}; -1 when the file is shorter. */
    static long lineFeeds(Path file, long length) throws IOException {
        long[] count = {0};
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in, length, (buffer, n) -> count[0] += lineFeeds(buffer, 0, n)) < length ? -1 : count[0];
        }
    }

    /**
     * The SHA-256 state after the first {@code length} bytes read from {@code in} (closed here), to go on with the
     * bytes that follow; null when there are fewer.
     */
    static MessageDigest hashed(InputStream in, long length) throws IOException {
        MessageDigest sha = Downloader.sha256();
        try (in) {
            return scan(in, length, (buffer, n) -> sha.update(buffer, 0, n)) < length ? null : sha;
        }
    }

    /** Passes the first {@code length} bytes of {@code in} to {@code chunk}; returns how many there were. */
    private static long scan(InputStream in, long length, Chunk chunk) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        while (read < length) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - read));
            if (n < 0) {
                break;
            }
            chunk.accept(buffer, n);
            read += n;
        }
        return read;
    }

    private interface Chunk {
        void accept(byte[] buffer, int length);
    }

    /**
     * The line feeds among the {@code length} bytes at {@code offset}, eight bytes at a time: a zero byte marks each
     * line feed in the word XOR {@code 0x0A0A…}, and an exact zero-byte test (no carry crosses a byte) leaves its high
     * bit set.
     * Written by hand because the plain byte loop, which C2 does not vectorise, was a fifth of the main thread while
     * a grown 236 MB file downloaded (121 of 578 ms in the copy loop; this loop: ~30 ms) (issue #7).
     */
    static long lineFeeds(byte[] bytes, int offset, int length) {
        long count = 0;
        int i = offset;
        int end = offset + length;
        for (; i <= end - Long.BYTES; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ EIGHT_LINE_FEEDS;
            long nonZeroBytes = ((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word;
            count += Long.bitCount(~nonZeroBytes & ~LOW_SEVEN_BITS);
        }
        for (; i < end; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
