package fr.pme.ventes.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

import java.sql.SQLException;

/** Creates and migrates the schema from the versioned files under sql/migrations (Flyway). */
@ApplicationScoped
public class SchemaMigrator {

    private final Instance<Flyway> flyway;
    private final Database database;

    SchemaMigrator(Instance<Flyway> flyway, Database database) {
        this.flyway = flyway;       // resolved on first use: commands that never touch the schema start faster
        this.database = database;
    }

    /** Applies pending migrations; returns how many ran. Safe to call on every run. */
    public int migrate() {
        database.directory();       // make sure the folder exists before the driver creates the file
        database.read(connection -> null);
        try {
            return flyway.get().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLException cause = findSqlCause(e);
            if (cause != null) {
                throw StorageErrors.translate(cause, database.location());
            }
            throw new StorageException("Migration du schéma impossible sur " + database.location() + " : " + e.getMessage(), e);
        }
    }

    /** The applied schema version, or "aucune" for a database never migrated. */
    public String currentVersion() {
        MigrationInfo current = flyway.get().info().current();
        return current == null ? "aucune" : current.getVersion().getVersion();
    }

    private static SQLException findSqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
