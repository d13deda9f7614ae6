package fr.pme.ventes.fiabilite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database holds, read with the plain SQLite driver as the client's sqlite3 would: a fingerprint of every
 * business table (row count and SHA-256 of the ordered rows, without timestamps), to tell "before", "after" and
 * anything in between apart.
 */
final class DatabaseState {
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("produits", "SELECT * FROM produits ORDER BY reference");
        TABLES.put("produits_versions", "SELECT reference, version, nom, prix_centimes, valide_du, valide_au "
                + "FROM produits_versions ORDER BY 1, 2");
        TABLES.put("magasins", "SELECT * FROM magasins ORDER BY id");
        TABLES.put("magasins_versions", "SELECT magasin_id, version, ville, region, nombre_salaries, valide_du, "
                + "valide_au FROM magasins_versions ORDER BY 1, 2");
        TABLES.put("ventes", "SELECT date_vente, produit_ref, magasin_id, quantite, occurrence, id_vente FROM ventes "
                + "ORDER BY 1, 2, 3, 4, 5");
        TABLES.put("ventes_resume", "SELECT * FROM ventes_resume ORDER BY 1, 2, 3");
        TABLES.put("agregats_jours", "SELECT * FROM agregats_jours ORDER BY 1");
        TABLES.put("agregats_produits_magasins", "SELECT * FROM agregats_produits_magasins ORDER BY 1, 2, 3");
        TABLES.put("etat_sources", "SELECT fichier, sha256, octets, lignes FROM etat_sources ORDER BY 1");
        TABLES.put("imports", "SELECT count(*) FROM imports WHERE termine_le IS NOT NULL");
        TABLES.put("rejets", "SELECT fichier, ligne, colonne, motif FROM rejets ORDER BY 1, 2");
    }

    private DatabaseState() {
    }

    /** Table name to "rows:sha256"; a missing file or table counts as empty. */
    static Map<String, String> fingerprint(Path db) {
        Map<String, String> state = new LinkedHashMap<>();
        if (!Files.exists(db)) {
            TABLES.keySet().forEach(t -> state.put(t, "0:vide"));
            return state;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                if (!hasTable(c, table.getKey())) {
                    state.put(table.getKey(), "0:vide");
                    continue;
                }
                List<List<Object>> rows = rows(c, table.getValue());
                state.put(table.getKey(), rows.isEmpty() || (table.getKey().equals("imports")
                        && ((Number) rows.get(0).get(0)).longValue() == 0) ? "0:vide" : rows.size() + ":" + sha256(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return state;
    }

    static List<String> integrityCheck(Path db) {
        return strings(db, "PRAGMA integrity_check");
    }

    static List<String> strings(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return rows(c, sql).stream().map(r -> String.valueOf(r.get(0))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path db, String sql) {
        return Long.parseLong(strings(db, sql).get(0));
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String sha256(List<List<Object>> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<Object> row : rows) {
                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
