package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Jdbc;
import fr.pme.ventes.storage.SqlScript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;

/**
 * Rows added to a staging table (created empty if needed), {@value #ROWS} per INSERT statement: the statement
 * of sql/import/inserer_staging_&lt;table&gt;.sql with its VALUES tuple repeated. Multi-row statements cut the
 * per-row JNI and parsing cost of JDBC batches by about a quarter (measured: notes/ingest-performance.md).
 */
final class StagingBatch implements AutoCloseable {
    static final int ROWS = 100;

    private final Connection connection;
    private final String script;
    private final PreparedStatement many;
    private final int width;
    private final Object[] pending;
    private int rows;
    private long added;

    StagingBatch(Connection connection, String table) throws SQLException {
        Jdbc.update(connection, "import/staging_" + table + ".sql");
        Jdbc.update(connection, "import/vider_staging_" + table + ".sql");
        this.connection = connection;
        this.script = "import/inserer_staging_" + table + ".sql";
        String single = SqlScript.load(script);
        int values = single.lastIndexOf("VALUES");
        String tuple = single.substring(values + "VALUES".length()).strip();
        this.width = (int) tuple.chars().filter(c -> c == '?').count();
        this.many = connection.prepareStatement(single.substring(0, values + "VALUES".length()) + " "
                + String.join(", ", Collections.nCopies(ROWS, tuple)));
        this.pending = new Object[ROWS * width];
    }

    void add(Object... values) throws SQLException {
        System.arraycopy(values, 0, pending, rows * width, width);
        added++;
        if (++rows == ROWS) {
            Jdbc.bind(many, pending);
            many.executeUpdate();
            rows = 0;
        }
    }

    /** Sends what is left (one row at a time) and returns how many rows were staged. */
    long finish() throws SQLException {
        if (rows > 0) {
            try (PreparedStatement one = Jdbc.prepare(connection, script)) {
                for (int r = 0; r < rows; r++) {
                    Jdbc.bind(one, Arrays.copyOfRange(pending, r * width, (r + 1) * width));
                    one.executeUpdate();
                }
            }
            rows = 0;
        }
        return added;
    }

    @Override
    public void close() throws SQLException {
        many.close();
    }
}
