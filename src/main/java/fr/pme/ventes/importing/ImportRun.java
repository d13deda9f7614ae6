package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.storage.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One run's import inside its transaction: the connection, the run's id, and where rejected rows go. */
final class ImportRun implements AutoCloseable {
    private static final int SHOWN_REJECTIONS = 20;
    private static final int BATCH = 1000;

    final Connection connection;
    final long importId;
    final String versionsFrom;
    final ImportOptions options;
    private final PreparedStatement rejectStatement;
    private final List<Rejection> firstRejections = new ArrayList<>();
    private int pending;

    ImportRun(Connection connection, long importId, String versionsFrom, ImportOptions options) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.versionsFrom = versionsFrom;
        this.options = options;
        this.rejectStatement = Jdbc.prepare(connection, "import/inserer_rejet.sql");
    }

    void reject(DataFile file, CsvTable.Row row, RejectedValue why) throws SQLException {
        String raw = row.raw();     // kept whole up to 64 Kio: enough to fix a row, not a 10 MB line (issue 8)
        reject(new Rejection(file, row.line(), why.column(),
                raw.length() <= 65_536 ? raw : raw.substring(0, 65_536) + "… (" + raw.length() + " caractères)",
                why.getMessage()));
    }

    void reject(Rejection rejection) throws SQLException {
        if (firstRejections.size() < SHOWN_REJECTIONS) {
            firstRejections.add(rejection);
        }
        Jdbc.bind(rejectStatement, importId, rejection.file().label(), rejection.line(), rejection.column(),
                rejection.content(), rejection.reason());
        rejectStatement.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            rejectStatement.executeBatch();
            pending = 0;
        }
    }

    List<Rejection> firstRejections() {
        return firstRejections;
    }

    @Override
    public void close() throws SQLException {
        flush();
        rejectStatement.close();
    }
}
