package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;

import java.nio.file.Path;

/**
 * A source file, complete and verified, in the landing zone; or, when {@code unchanged}, the server's or the
 * content hash's word that it is the one last imported (then {@code path} is null).
 *
 * @param url the address with secrets redacted: safe to print and store
 */
public record DownloadedFile(DataFile file, String url, Path path, String sha256, long size,
                             String etag, String lastModified, boolean unchanged) {
}
