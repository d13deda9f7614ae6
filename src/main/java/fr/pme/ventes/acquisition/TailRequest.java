package fr.pme.ventes.acquisition;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asking a server whose file only ever grows at its end for that end alone (option --ajouts-seulement, issue #7):
 * an HTTP {@code Range} request that starts {@link #OVERLAP} bytes before the end of the copy last imported, kept
 * in the landing zone. The answer is used only when it is exactly the range asked for, of a longer file, and its
 * first bytes equal the end of our copy; the new file is then our copy followed by the new bytes. Our copy is hashed
 * again (a damaged copy is not trusted), on another thread while the new rows are imported (see
 * {@link PendingLanding}). Anything else means "download the whole file".
 *
 * <p>What this cannot see is a change inside the old part that keeps its length and spares its last bytes (a
 * quantity corrected from 3 to 4): that is why it is an option, for servers known to only append.
 */
final class TailRequest {
    /** Bytes of the old end asked again and compared: a rewritten file rarely keeps them. */
    static final int OVERLAP = 64 * 1024;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final Path landed;
    private final PreviousDownload previous;
    private final long from;

    private TailRequest(Path landed, PreviousDownload previous) {
        this.landed = landed;
        this.previous = previous;
        this.from = Math.max(0, previous.size() - OVERLAP);
    }

    /** The request for what follows {@code previous}, whose body is {@code landed}. */
    static TailRequest after(Path landed, PreviousDownload previous) {
        return new TailRequest(landed, previous);
    }

    String rangeHeader() {
        return "bytes=" + from + "-";
    }

    /** The whole file's size when {@code contentRange} answers exactly this request for a file that grew; else -1. */
    long totalSize(String contentRange) {
        Matcher m = contentRange == null ? null : CONTENT_RANGE.matcher(contentRange.strip());
        if (m == null || !m.matches()) {
            return -1;
        }
        long start = Long.parseLong(m.group(1));
        long end = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        return start == from && end == total - 1 && total > previous.size() ? total : -1;
    }

    /** Where the asked range starts. */
    long from() {
        return from;
    }

    /** Bytes of the answer that should repeat the end of our copy. */
    int overlapLength() {
        return (int) (previous.size() - from);
    }

    /** True when the first bytes of the answer are the last bytes of our copy. */
    boolean overlapMatches(byte[] received) throws IOException {
        byte[] ours = new byte[overlapLength()];
        try (RandomAccessFile file = new RandomAccessFile(landed.toFile(), "r")) {
            file.seek(from);
            file.readFully(ours);
        }
        return Arrays.equals(received, ours);
    }

    /** Our copy of the body last imported. */
    Path landed() {
        return landed;
    }

    /** The line feeds among the bytes last imported, counted in our copy; -1 when it is shorter (changed since). */
    long landedLineFeeds() throws IOException {
        return KnownPrefix.lineFeeds(landed, previous.size());
    }

    /**
     * Starts hashing our copy on another thread: the SHA-256 state after the bytes last imported, to go on with the
     * new ones, or null when our copy no longer hashes to them (damaged since it was landed: the whole file must be
     * downloaded). The copy is opened here, so that the caller may move it meanwhile ({@link LandingZone#extend}).
     */
    CompletableFuture<MessageDigest> hashLanded() throws IOException {
        InputStream copy = Files.newInputStream(landed);
        return BackgroundRead.start(() -> {
            MessageDigest sha = KnownPrefix.hashed(copy, previous.size());
            boolean same = sha != null
                    && HexFormat.of().formatHex(Downloader.copyOf(sha).digest()).equals(previous.sha256());
            return same ? sha : null;
        });
    }
}
