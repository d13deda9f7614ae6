package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;

import java.nio.file.Path;

/**
 * A source file, complete and verified, in the landing zone; or, when {@code unchanged}, the server's or the
 * content hash's word that it is the one last imported (then {@code path} is null).
 *
 * @param url      the address with secrets redacted: safe to print and store
 * @param prefix   the part already imported, hashed while downloading; null when unknown (not downloaded this run,
 *                 another address, or no longer than before)
 * @param received bytes that came from the source this run: less than {@code size} when only the end was asked for
 *                 ({@link TailRequest}), 0 when unchanged
 * @param pending  for a file completed from its end, the check still running: until {@link #settled}, {@code path}
 *                 is a temporary file to read, not yet landed, and {@code sha256} is null. Null otherwise.
 */
public record DownloadedFile(DataFile file, String url, Path path, String sha256, long size, String etag,
                             String lastModified, boolean unchanged, KnownPrefix prefix, long received,
                             PendingLanding pending) {

    public DownloadedFile(DataFile file, String url, Path path, String sha256, long size,
                          String etag, String lastModified, boolean unchanged) {
        this(file, url, path, sha256, size, etag, lastModified, unchanged, null, unchanged ? 0 : size, null);
    }

    /**
     * This download, landed, with its SHA-256: itself, unless its check was still running (see {@link PendingLanding}),
     * which is waited for.
     *
     * @throws DamagedCopyException when the landed copy it was completed from proves damaged
     */
    public DownloadedFile settled() {
        return pending == null ? this : pending.settle(this);
    }

    /** The same download, landed at {@code landed}. */
    DownloadedFile at(Path landed) {
        return new DownloadedFile(file, url, landed, sha256, size, etag, lastModified, false, prefix, received, null);
    }

    /** The same download, its SHA-256 now known. */
    DownloadedFile withDigest(String digest) {
        return new DownloadedFile(file, url, path, digest, size, etag, lastModified, false, prefix, received, null);
    }
}
