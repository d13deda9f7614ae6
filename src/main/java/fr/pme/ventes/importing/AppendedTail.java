package fr.pme.ventes.importing;

import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.acquisition.KnownPrefix;
import fr.pme.ventes.storage.Jdbc;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A sales file that grew by rows appended at its end, the usual life of the client's continuously updated
 * sheet (issue #7): when the file starts with exactly the bytes last imported from the same address (same length,
 * same SHA-256) and the old last line was complete, only the bytes after it need reading.
 *
 * @param offset       where the first new line starts
 * @param linesBefore  physical lines before it (for the line numbers of messages and rejects)
 * @param previousRows data rows of the part already imported
 */
record AppendedTail(long offset, long linesBefore, long previousRows) {

    static Optional<AppendedTail> detect(Connection connection, DownloadedFile source) throws SQLException {
        Object[] last = Jdbc.single(connection, "import/etat_source_ventes.sql", r -> new Object[]{
                r.getString(1), r.getString(2), r.getLong(3), r.getInt(4) == 1, r.getLong(5)});
        if (last == null || !source.url().equals(last[0]) || source.size() <= (Long) last[2]) {
            return Optional.empty();
        }
        long length = (Long) last[2];
        try {
            long newlines = knownPrefix(source, length, (String) last[1]);
            if (newlines < 0) {
                return Optional.empty();
            }
            if ((Boolean) last[3]) {
                return Optional.of(new AppendedTail(length, newlines, (Long) last[4]));
            }
            // The old last line had no line break: it is complete only if the new bytes start with one.
            try (RandomAccessFile file = new RandomAccessFile(source.path().toFile(), "r")) {
                file.seek(length);
                int first = file.read();
                int second = file.read();
                if (first == '\n') {
                    return Optional.of(new AppendedTail(length + 1, newlines + 1, (Long) last[4]));
                }
                if (first == '\r') {
                    return Optional.of(new AppendedTail(length + (second == '\n' ? 2 : 1), newlines + 1, (Long) last[4]));
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of line feeds in the first {@code length} bytes when they hash to {@code expected}; -1 otherwise.
     * A download hashed them on the way; a file taken from the landing zone is read again here.
     */
    private static long knownPrefix(DownloadedFile source, long length, String expected) throws IOException {
        KnownPrefix prefix = source.prefix() != null && source.prefix().length() == length
                ? source.prefix() : KnownPrefix.read(source.path(), length);
        return prefix != null && prefix.sha256().equals(expected) ? prefix.lineFeeds() : -1;
    }
}
