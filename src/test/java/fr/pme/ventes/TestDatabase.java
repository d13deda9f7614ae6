package fr.pme.ventes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a real SQLite file the way a user would, to assert on what the tool stored. */
public final class TestDatabase {
    /** The business and bookkeeping tables, in the order a copy must fill them (foreign keys). */
    public static final List<String> TABLES = List.of("regions", "villes", "imports", "imports_fichiers", "etat_sources",
            "rejets", "produits", "produits_versions", "magasins", "magasins_versions", "ventes", "ventes_resume",
            "agregats_jours", "agregats_produits_magasins", "analyses_executions", "analyses_resultats");

    private TestDatabase() {
    }

    public static long count(Path db, String table) {
        return ((Number) rows(db, "SELECT count(*) FROM " + table).get(0).get(0)).longValue();
    }

    public static Object value(Path db, String sql) {
        return rows(db, sql).get(0).get(0);
    }

    /** Runs statements on the file directly, as someone editing it with sqlite3 would (no foreign key checks). */
    public static void execute(Path db, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query, each a list of column values. */
    public static List<List<Object>> rows(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole content of the business and bookkeeping tables, to compare a database before and after a run. */
    public static String dump(Path db) {
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            out.append(table).append('\n');
            rows(db, "SELECT * FROM " + table).stream().map(Object::toString).sorted()
                    .forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }
}
