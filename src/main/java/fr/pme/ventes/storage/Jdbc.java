package fr.pme.ventes.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs the statements of sql/ by name, always with bound parameters. */
public final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    public static int update(Connection connection, String script, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, script, parameters)) {
            return statement.executeUpdate();
        }
    }

    /**
     * Inserts one row with a script ending in {@code RETURNING id} and returns that key. (sqlite-jdbc's
     * getGeneratedKeys answers 0 when the statement opens with a comment, as ours do.)
     */
    public static long insert(Connection connection, String script, Object... parameters) throws SQLException {
        return single(connection, script, row -> row.getLong(1), parameters);
    }

    public static <T> List<T> query(Connection connection, String script, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, script, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** The first column of the single row a query returns (null when it returns none or NULL). */
    public static <T> T single(Connection connection, String script, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = query(connection, script, mapper, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static long count(Connection connection, String script, Object... parameters) throws SQLException {
        Long n = single(connection, script, row -> row.getLong(1), parameters);
        return n == null ? 0 : n;
    }

    public static PreparedStatement prepare(Connection connection, String script, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlScript.load(Dialect.of(connection), script));
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
