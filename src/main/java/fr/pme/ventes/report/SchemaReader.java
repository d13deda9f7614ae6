package fr.pme.ventes.report;

import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the data model from the migrated database itself (sqlite_master, pragma_table_info, pragma_foreign_key_list),
 * so the MCD can never describe a schema other than the one the migrations build (issue #10).
 */
@ApplicationScoped
public class SchemaReader {
    private final Database database;

    SchemaReader(Database database) {
        this.database = database;
    }

    public DataModel read() {
        return database.read(connection -> {
            List<DataModel.SchemaObject> objects = Jdbc.query(connection, "schema/objets.sql",
                    r -> new DataModel.SchemaObject(r.getString("type"), r.getString("nom"), r.getString("table_nom"),
                            r.getString("sql")));
            List<DataModel.Table> tables = new ArrayList<>();
            for (DataModel.SchemaObject object : objects) {
                if (object.type().equals("table")) {
                    tables.add(table(connection, object.name()));
                }
            }
            return new DataModel(List.copyOf(tables), List.copyOf(objects));
        });
    }

    private static DataModel.Table table(Connection connection, String name) throws SQLException {
        List<DataModel.Column> columns = Jdbc.query(connection, "schema/colonnes.sql",
                r -> new DataModel.Column(r.getString("nom"), r.getString("type"), r.getInt("obligatoire") == 1,
                        r.getInt("rang_cle")), name);
        Map<Integer, List<String[]>> keys = new LinkedHashMap<>();
        for (String[] part : Jdbc.query(connection, "schema/cles_etrangeres.sql",
                r -> new String[]{r.getString("id"), r.getString("table_cible"), r.getString("colonne"),
                        r.getString("colonne_cible")}, name)) {
            keys.computeIfAbsent(Integer.valueOf(part[0]), id -> new ArrayList<>()).add(part);
        }
        List<DataModel.ForeignKey> foreignKeys = keys.values().stream().map(parts -> new DataModel.ForeignKey(
                parts.stream().map(p -> p[2]).toList(), parts.get(0)[1],
                parts.stream().map(p -> p[3]).toList())).toList();
        return new DataModel.Table(name, columns, foreignKeys);
    }
}
