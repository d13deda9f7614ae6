package fr.pme.ventes.acquisition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * A sales file completed from its end ({@link TailRequest}), whose last check goes on while its new rows are
 * imported: our copy of the body last imported, the new file's beginning, is hashed again on another thread, and only
 * then are the new file's SHA-256 known and the file landed ({@link DownloadedFile#settled}). The import settles it
 * before it records the file, so nothing is committed from a copy that proves damaged.
 *
 * <p>Issue #7: hashing the 236 MB copy of a 10 M-row file took ~0.2 s of the main thread, before the new end was even
 * read, in a ~1 s run that imports 1 % more rows; beside the import, the run takes ~0.1 s less (12 interleaved pairs).
 */
public final class PendingLanding {
    private final String where;
    private final CompletableFuture<MessageDigest> copyHash;
    private final Path copy;
    private final long copySize;
    private final ReceivedBody body;
    private final Path whole;
    private final Path temporary;
    private final LandingZone landing;
    private final long lineFeeds;
    private DownloadedFile landed;
    private RuntimeException failure;

    /**
     * @param copyHash  the SHA-256 state after the first {@code copySize} bytes of {@code copy}, or null when they no
     *                  longer hash to the body last imported ({@link TailRequest#hashLanded}, a {@link BackgroundRead})
     * @param whole     the new file, from {@link ReceivedBody#complete}; {@code temporary} is the body's own file
     * @param lineFeeds the new file's line feeds
     */
    PendingLanding(String where, CompletableFuture<MessageDigest> copyHash, Path copy, long copySize, ReceivedBody body,
                   Path whole, Path temporary, LandingZone landing, long lineFeeds) {
        this.where = where;
        this.copyHash = copyHash;
        this.copy = copy;
        this.copySize = copySize;
        this.body = body;
        this.whole = whole;
        this.temporary = temporary;
        this.landing = landing;
        this.lineFeeds = lineFeeds;
    }

    /** Waits for the copy's hash, then lands {@code download}; done once, later calls answer the same. */
    synchronized DownloadedFile settle(DownloadedFile download) {
        if (landed == null && failure == null) {
            try {
                landed = land(download);
            } catch (RuntimeException e) {
                failure = e;
            } catch (IOException e) {
                failure = new SourceException(where + " : lecture ou écriture impossible (" + e.getMessage() + ")", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return landed;
    }

    private DownloadedFile land(DownloadedFile download) throws IOException {
        boolean damaged = false;
        try {
            MessageDigest sha = BackgroundRead.await(copyHash);
            if (sha == null) {
                damaged = true;
                setAside();
                throw new DamagedCopyException(where + " : la copie gardée du fichier importé la dernière fois ("
                        + copy.getFileName() + ") ne correspond plus à son empreinte SHA-256 ; elle est écartée et le "
                        + "fichier entier est téléchargé à nouveau");
            }
            try (InputStream in = Files.newInputStream(whole)) {
                in.skipNBytes(copySize);
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));     // the new bytes
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            return landing.publish(whole, download.withDigest(digest), body.continued(), lineFeeds);
        } finally {
            if (!damaged) {
                body.discard(whole);
            }
            Files.deleteIfExists(temporary);
        }
    }

    /** The damaged copy, and the new file made of it, are removed: the next download cannot start from them. */
    private void setAside() throws IOException {
        Files.deleteIfExists(whole);
        Files.deleteIfExists(temporary);
        if (body.continued() == null) {
            Files.deleteIfExists(copy);
        }
    }
}
