package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Dialect;
import fr.pme.ventes.storage.Jdbc;
import fr.pme.ventes.storage.SqlScript;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Rows added to a staging table (created empty if needed).
 * <ul>
 * <li>SQLite: {@value #ROWS} rows per INSERT statement, the statement of sql/import/inserer_staging_&lt;table&gt;.sql
 * with its VALUES tuple repeated ({@link MultiRowStatement}).</li>
 * <li>PostgreSQL: COPY … FROM STDIN (sql/import/postgresql/copier_staging_&lt;table&gt;.sql) fed with CSV text
 * through the driver's CopyManager, the server's bulk path (issue #9). Rows are sent by chunks of
 * {@value #COPY_CHUNK_BYTES} bytes, each its own COPY: while a COPY is open the connection can do nothing else, and
 * the import stages days and stores rejected rows on the same connection while it reads the sales.</li>
 * </ul>
 */
final class StagingBatch implements AutoCloseable {
    static final int ROWS = 100;
    static final int COPY_CHUNK_BYTES = 4 << 20;

    private final Connection connection;
    private final String script;
    private final PreparedStatement many;
    private final CopyManager copy;
    private final String copyScript;
    private final ByteArrayOutputStream chunk;
    private final StringBuilder line = new StringBuilder(128);
    private final int width;
    private final Object[] pending;
    private int rows;
    private long added;

    StagingBatch(Connection connection, String table) throws SQLException {
        Jdbc.update(connection, "import/staging_" + table + ".sql");
        Jdbc.update(connection, "import/vider_staging_" + table + ".sql");
        this.connection = connection;
        this.script = "import/inserer_staging_" + table + ".sql";
        MultiRowStatement statement = MultiRowStatement.of(script, ROWS);
        this.width = statement.width();
        if (Dialect.of(connection) == Dialect.POSTGRESQL) {
            this.many = null;
            this.pending = null;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.copyScript = SqlScript.load(Dialect.POSTGRESQL, "import/copier_staging_" + table + ".sql");
            this.chunk = new ByteArrayOutputStream(COPY_CHUNK_BYTES + 4096);
        } else {
            this.copy = null;
            this.copyScript = null;
            this.chunk = null;
            this.many = statement.prepare(connection);
            this.pending = new Object[ROWS * width];
        }
    }

    void add(Object... values) throws SQLException {
        added++;
        if (copy != null) {
            copyRow(values);
            return;
        }
        System.arraycopy(values, 0, pending, rows * width, width);
        if (++rows == ROWS) {
            Jdbc.bind(many, pending);
            many.executeUpdate();
            rows = 0;
        }
    }

    /** One CSV line: NULL is an empty unquoted field, text is always quoted (so an empty string stays a string). */
    private void copyRow(Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof CharSequence text) {
                line.append('"');
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    if (ch == '"') {
                        line.append('"');
                    }
                    line.append(ch);
                }
                line.append('"');
            } else if (value != null) {
                line.append(value);
            }
        }
        line.append('\n');
        chunk.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (chunk.size() >= COPY_CHUNK_BYTES) {
            sendChunk();
        }
    }

    private void sendChunk() throws SQLException {
        if (chunk.size() == 0) {
            return;
        }
        try {
            copy.copyIn(copyScript, new ByteArrayInputStream(chunk.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk.reset();
    }

    /** Sends what is left and returns how many rows were staged. */
    long finish() throws SQLException {
        if (copy != null) {
            sendChunk();
            return added;
        }
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
        if (many != null) {
            many.close();
        }
    }
}
