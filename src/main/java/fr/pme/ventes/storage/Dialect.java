package fr.pme.ventes.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two SQL engines the tool runs on (issue #9). Most statements under sql/ are shared; the few that must differ
 * live next to the shared one in a {@code postgresql/} folder with the same file name, and win on PostgreSQL.
 */
public enum Dialect {
    SQLITE(null),
    POSTGRESQL("postgresql");

    private static final String POSTGRESQL_URL = "jdbc:postgresql:";

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** What --db designates: a PostgreSQL JDBC URL, or else a SQLite file path. */
    public static Dialect of(String location) {
        return location != null && location.startsWith(POSTGRESQL_URL) ? POSTGRESQL : SQLITE;
    }

    /** The engine behind a connection (pooled connections are wrappers, hence isWrapperFor). */
    public static Dialect of(Connection connection) throws SQLException {
        return connection.isWrapperFor(org.postgresql.PGConnection.class) ? POSTGRESQL : SQLITE;
    }

    /** The dialect's variant of "import/x.sql", e.g. "import/postgresql/x.sql"; null for the shared set. */
    String variant(String script) {
        if (folder == null) {
            return null;
        }
        int slash = script.lastIndexOf('/');
        return script.substring(0, slash + 1) + folder + "/" + script.substring(slash + 1);
    }
}
