package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Dialect;
import fr.pme.ventes.storage.SqlScript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The text of a one-row {@code INSERT … VALUES (…) [ON CONFLICT …]} of sql/ with its VALUES tuple repeated: one
 * statement of 100 rows costs about a quarter less than 100 batched executions of one row, because each execution
 * crosses JNI and binds again (measured: notes/ingest-performance.md).
 *
 * @param sql   the statement for {@code rows} rows
 * @param width parameters of one row
 */
record MultiRowStatement(String sql, int width) {

    static MultiRowStatement of(String script, int rows) {
        String single = SqlScript.load(Dialect.SQLITE, script);
        int values = single.lastIndexOf("VALUES") + "VALUES".length();
        int open = single.indexOf('(', values);
        int close = open;
        for (int depth = 0; ; close++) {
            char c = single.charAt(close);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        String tuple = single.substring(open, close + 1);
        int width = (int) tuple.chars().filter(c -> c == '?').count();
        return new MultiRowStatement(single.substring(0, open) + String.join(", ", Collections.nCopies(rows, tuple))
                + single.substring(close + 1), width);
    }

    /** The only place this text is prepared: it is a script of sql/ with its tuple repeated, no value ever inside. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        return connection.prepareStatement(sql);
    }
}
