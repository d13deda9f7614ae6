package fr.pme.ventes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The real PostgreSQL server the PostgreSQL tests run against (issue #9): its URL comes from VENTES_TEST_PG_URL and
 * its credentials from VENTES_DB_USER / VENTES_DB_PASSWORD, as for the tool itself. .ci/run starts one; without
 * the variable those tests are skipped and say why.
 */
public final class PostgresTestDatabase {
    public static final String URL_VARIABLE = "VENTES_TEST_PG_URL";
    public static final String SKIPPED = "PostgreSQL absent : définissez VENTES_TEST_PG_URL (et VENTES_DB_USER, "
            + "VENTES_DB_PASSWORD) pour lancer ces tests sur un vrai serveur, comme le fait .ci/run";

    private PostgresTestDatabase() {
    }

    public static String url() {
        return System.getenv(URL_VARIABLE);
    }

    /** An empty database: the public schema dropped with everything in it (tables, views, Flyway history). */
    public static void reset() {
        execute("DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public");
    }

    public static void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String table) {
        return ((Number) rows("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
    }

    public static Object value(String sql) {
        return rows(sql).get(0).get(0);
    }

    public static List<List<Object>> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Integer n ? Long.valueOf(n) : value);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole content of the business and bookkeeping tables, as {@link TestDatabase#dump} does for SQLite. */
    public static String dump() {
        StringBuilder out = new StringBuilder();
        for (String table : TestDatabase.TABLES) {
            out.append(table).append('\n');
            rows("SELECT * FROM " + table).stream().map(Object::toString).sorted()
                    .forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv("VENTES_DB_USER"), System.getenv("VENTES_DB_PASSWORD"));
    }
}
