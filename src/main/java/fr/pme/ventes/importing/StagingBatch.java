package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows added to a staging table in JDBC batches. */
final class StagingBatch implements AutoCloseable {
    private static final int SIZE = 1000;

    private final PreparedStatement statement;
    private long added;
    private int pending;

    StagingBatch(Connection connection, String table) throws SQLException {
        Jdbc.update(connection, "import/staging_" + table + ".sql");
        Jdbc.update(connection, "import/vider_staging_" + table + ".sql");
        this.statement = Jdbc.prepare(connection, "import/inserer_staging_" + table + ".sql");
    }

    void add(Object... values) throws SQLException {
        Jdbc.bind(statement, values);
        statement.addBatch();
        added++;
        if (++pending >= SIZE) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Sends what is left and returns how many rows were staged. */
    long finish() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
        return added;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
