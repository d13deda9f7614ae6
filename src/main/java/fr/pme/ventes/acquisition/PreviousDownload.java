package fr.pme.ventes.acquisition;

/**
 * What we know of the body last imported from a source, to ask the server only for news.
 *
 * @param url the address it came from, secrets redacted: validators are sent only to that same address
 */
public record PreviousDownload(String url, String etag, String lastModified, String sha256, long size) {
}
