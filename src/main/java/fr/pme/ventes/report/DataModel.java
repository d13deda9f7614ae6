package fr.pme.ventes.report;

import java.util.List;
import java.util.Optional;

/** The live schema as read from the migrated database: tables with their columns and keys, views, indexes. */
public record DataModel(List<Table> tables, List<SchemaObject> objects) {

    /** A table or view, its columns and foreign keys, in creation order. */
    public record Table(String name, List<Column> columns, List<ForeignKey> foreignKeys) {

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** True when the column is (part of) a foreign key. */
        public boolean isForeign(String column) {
            return foreignKeys.stream().anyMatch(fk -> fk.columns().contains(column));
        }
    }

    /** {@code keyRank}: position in the primary key, 0 when not part of it. */
    public record Column(String name, String type, boolean required, int keyRank) {
        public boolean key() {
            return keyRank > 0;
        }
    }

    /** {@code columns} of the owning table reference {@code targetColumns} of {@code target}. */
    public record ForeignKey(List<String> columns, String target, List<String> targetColumns) {
    }

    /** Any schema object with the DDL SQLite stored for it (type: table, view or index). */
    public record SchemaObject(String type, String name, String table, String sql) {
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A foreign key is mandatory (cardinality 1,1) when each of its columns is NOT NULL. */
    public static boolean mandatory(Table table, ForeignKey fk) {
        return fk.columns().stream().allMatch(c -> table.column(c).map(Column::required).orElse(false)
                || table.column(c).map(Column::key).orElse(false));
    }
}
