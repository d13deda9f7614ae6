package fr.pme.ventes.storage;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the whole database to the other engine (SQLite to PostgreSQL, or back), for the day SQLite is outgrown
 * (issue #9): the target is migrated to the same schema version, filled table by table in one transaction, and
 * committed only when every table's row count and the control totals of sql/copie/totaux.sql are equal on both sides.
 */
@ApplicationScoped
public class DatabaseCopier {
    private static final Logger LOG = Logger.getLogger(DatabaseCopier.class);
    /** In foreign-key order. */
    static final List<String> TABLES = List.of("regions", "villes", "imports", "imports_fichiers", "etat_sources",
            "rejets", "produits", "produits_versions", "magasins", "magasins_versions", "ventes", "ventes_resume",
            "agregats_jours", "agregats_produits_magasins", "analyses_executions", "analyses_resultats");
    private static final int BATCH = 1000;

    private final Database source;
    private final SchemaMigrator sourceMigrator;
    private final Instance<AgroalDataSource> dataSources;
    private final Instance<Flyway> flyways;

    DatabaseCopier(Database source, SchemaMigrator sourceMigrator, @Any Instance<AgroalDataSource> dataSources,
                   @Any Instance<Flyway> flyways) {
        this.source = source;
        this.sourceMigrator = sourceMigrator;
        this.dataSources = dataSources;
        this.flyways = flyways;
    }

    /** Copies the database of --db into {@code target}, a database of the other kind, which must hold no data. */
    public CopyReport copyTo(String target) {
        Dialect to = Dialect.of(target);
        String shownTarget = Database.displayed(target);
        if (!source.exists() || !source.hasTable("ventes")) {
            throw new StorageException("Base de données " + source.location() + " : rien à copier, la base n'a pas "
                    + "encore été créée ; lancez d'abord « ventes run --db " + source.location() + " »", null);
        }
        sourceMigrator.migrate();
        if (to == Dialect.SQLITE) {
            createFolder(Path.of(target).toAbsolutePath().getParent());
        }
        migrateTarget(to, shownTarget);
        AgroalDataSource targetDataSource = Database.dataSource(dataSources, to);
        return source.inTransaction(from -> {
            try (Connection into = targetDataSource.getConnection()) {
                into.setAutoCommit(false);
                try {
                    CopyReport report = copy(from, into, shownTarget);
                    into.commit();
                    return report;
                } catch (RuntimeException | SQLException e) {
                    into.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw StorageErrors.translate(e, shownTarget);
            }
        });
    }

    private CopyReport copy(Connection from, Connection into, String shownTarget) throws SQLException {
        long existing = Jdbc.count(into, "copie/compter_donnees.sql");
        if (existing > 0) {
            throw new StorageException("Base de données " + shownTarget + " : elle contient déjà des données ; la copie "
                    + "ne se fait que vers une base vide (rien n'a été écrit)", null);
        }
        for (String table : TABLES) {
            long started = System.nanoTime();
            long rows = copyTable(from, into, table);
            LOG.debugf("copier: %s, %d rows in %d ms", table, rows, (System.nanoTime() - started) / 1_000_000);
        }
        Dialect to = Dialect.of(into);
        if (SqlScript.exists(to, "copie/recaler_identifiants.sql")) {
            Jdbc.query(into, "copie/recaler_identifiants.sql", r -> null);
        }
        Map<String, Long> expected = totals(from);
        Map<String, Long> found = totals(into);
        for (Map.Entry<String, Long> total : expected.entrySet()) {
            Long copied = found.get(total.getKey());
            if (!total.getValue().equals(copied)) {
                throw new StorageException("Copie annulée : « " + total.getKey() + " » vaut " + total.getValue()
                        + " dans " + source.location() + " mais " + copied + " dans " + shownTarget
                        + " ; rien n'a été écrit", null);
            }
        }
        return new CopyReport(source.location(), shownTarget, expected);
    }

    private static long copyTable(Connection from, Connection into, String table) throws SQLException {
        long rows = 0;
        try (PreparedStatement read = Jdbc.prepare(from, "copie/lire_" + table + ".sql");
             PreparedStatement write = Jdbc.prepare(into, "copie/ecrire_" + table + ".sql")) {
            read.setFetchSize(10_000);      // PostgreSQL streams the rows instead of holding them all
            try (ResultSet result = read.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                int pending = 0;
                while (result.next()) {
                    for (int i = 1; i <= width; i++) {
                        write.setObject(i, result.getObject(i));
                    }
                    write.addBatch();
                    rows++;
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        return rows;
    }

    /** The control totals, whole numbers whatever the driver's type (PostgreSQL's sum() of bigint is numeric). */
    private static Map<String, Long> totals(Connection connection) throws SQLException {
        return Jdbc.single(connection, "copie/totaux.sql", row -> {
            ResultSetMetaData meta = row.getMetaData();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                totals.put(meta.getColumnLabel(i), new BigDecimal(row.getObject(i).toString()).longValueExact());
            }
            return totals;
        });
    }

    private void migrateTarget(Dialect to, String shownTarget) {
        try {
            SchemaMigrator.flyways(flyways, to).get().migrate();
        } catch (FlywayException e) {
            throw SchemaMigrator.failure(e, "Migration du schéma impossible", shownTarget);
        }
    }

    private static void createFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Impossible de créer le dossier " + folder + " : " + e.getMessage(), e);
        }
    }
}
