package fr.pme.ventes.storage;

import io.quarkus.flyway.FlywayDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

import java.sql.SQLException;

/**
 * Creates and migrates the schema from the versioned files under sql/migrations (Flyway): common/ plus sqlite/ or
 * postgresql/, as set per datasource in application.properties.
 */
@ApplicationScoped
public class SchemaMigrator {

    private final Instance<Flyway> flyway;
    private final Database database;

    SchemaMigrator(@Any Instance<Flyway> flyways, Database database) {
        // resolved on first use: commands that never touch the schema start faster
        this.flyway = flyways(flyways, database.dialect());
        this.database = database;
    }

    static Instance<Flyway> flyways(Instance<Flyway> flyways, Dialect dialect) {
        return dialect == Dialect.POSTGRESQL
                ? flyways.select(FlywayDataSource.FlywayDataSourceLiteral.of(Database.POSTGRESQL))
                : flyways.select(Default.Literal.INSTANCE);
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
        try {
            MigrationInfo current = flyway.get().info().current();
            return current == null ? "aucune" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            SQLException cause = findSqlCause(e);
            if (cause != null) {
                throw StorageErrors.translate(cause, database.location());
            }
            throw new StorageException("Lecture de la version du schéma impossible sur " + database.location() + " : "
                    + e.getMessage(), e);
        }
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
