package fr.pme.ventes.acquisition;

/** What we know of the body last imported from a source, to ask the server only for news. */
public record PreviousDownload(String etag, String lastModified, String sha256, long size) {
}
