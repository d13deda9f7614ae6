package fr.pme.ventes.acquisition;

/**
 * The first {@code length} bytes of a download, where {@code length} is the size of the file last imported from the
 * same address: hashed and their line feeds counted on the way to disk, so that a file which only grew at its end
 * (issue #7) is recognised without reading its beginning a second time.
 */
public record KnownPrefix(long length, String sha256, long lineFeeds) {
}
