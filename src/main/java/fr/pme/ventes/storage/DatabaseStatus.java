package fr.pme.ventes.storage;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is in the database, for `ventes status` and `ventes rejets`: plain rows, column label to value. */
@ApplicationScoped
public class DatabaseStatus {
    private final Database database;

    DatabaseStatus(Database database) {
        this.database = database;
    }

    public Map<String, Object> counts() {
        return database.read(c -> Jdbc.query(c, "statut/comptes.sql", DatabaseStatus::row).get(0));
    }

    public List<Map<String, Object>> lastImports(int runs) {
        return database.read(c -> Jdbc.query(c, "statut/derniers_imports.sql", DatabaseStatus::row, runs));
    }

    public List<Map<String, Object>> sources() {
        return database.read(c -> Jdbc.query(c, "import/lire_etat_sources.sql", DatabaseStatus::row));
    }

    public List<Map<String, Object>> rejections(Long importId, int limit) {
        return database.read(c -> Jdbc.query(c, "statut/rejets.sql", DatabaseStatus::row, importId, importId, limit));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i), value instanceof Integer n ? Long.valueOf(n) : value);
        }
        return row;
    }
}
