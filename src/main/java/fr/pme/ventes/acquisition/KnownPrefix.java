package fr.pme.ventes.acquisition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The first {@code length} bytes of a file, where {@code length} is the size of the file last imported from the
 * same address: their SHA-256 and their line feeds, so that a file which only grew at its end is recognised (issue
 * #7). A download computes it on the way to disk; {@link #read} computes it from a file already on disk.
 */
public record KnownPrefix(long length, String sha256, long lineFeeds) {

    /** The prefix of {@code length} bytes of a file; null when the file is shorter. */
    public static KnownPrefix read(Path file, long length) throws IOException {
        return read(file, length, Downloader.sha256());
    }

    /**
     * The same, fed to {@code sha}, which is left open: the caller may go on hashing the bytes that follow the prefix
     * (a download completed from its end, see {@link TailRequest}).
     */
    static KnownPrefix read(Path file, long length, MessageDigest sha) throws IOException {
        long lineFeeds = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return null;
                }
                sha.update(buffer, 0, n);
                lineFeeds += lineFeeds(buffer, n);
                left -= n;
            }
        }
        return new KnownPrefix(length, HexFormat.of().formatHex(Downloader.copyOf(sha).digest()), lineFeeds);
    }

    static long lineFeeds(byte[] bytes, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
