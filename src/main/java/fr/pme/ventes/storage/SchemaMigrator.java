package fr.pme.ventes.storage;

import io.quarkus.flyway.FlywayDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

import java.sql.SQLException;
import java.util.List;

/**
 * Creates and migrates the schema from the versioned files under sql/migrations (Flyway): common/ plus sqlite/ or
 * postgresql/, as set per datasource in application.properties.
 *
 * <p>Flyway only runs when the database is not at {@link #LATEST_VERSION}: validating an up-to-date schema (reading the
 * history, resolving and checksumming every migration file) was ~5 % of the main thread's start-up samples of a run
 * (issue #7). When it runs, Flyway validates every applied migration as usual; a database migrated by a newer build
 * (a version this one does not ship) goes to Flyway too, which refuses it.
 */
@ApplicationScoped
public class SchemaMigrator {

    /** The version of the newest file under sql/migrations (SchemaMigratorTest checks it). */
    static final String LATEST_VERSION = "4";

    private static final String HISTORY = "flyway_schema_history";

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
        if (LATEST_VERSION.equals(appliedVersion())) {
            return 0;
        }
        try {
            return flyway.get().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw failure(e, "Migration du schéma impossible", database.location());
        }
    }

    /**
     * Flyway's validation of the applied migrations against this build's files (versions, names, checksums), which
     * {@link #migrate()} skips on an up-to-date schema: one French line per problem, none when all match.
     */
    public List<String> validationProblems() {
        try {
            ValidateResult result = flyway.get().validateWithResult();
            if (result.validationSuccessful) {
                return List.of();
            }
            if (result.invalidMigrations.isEmpty()) {
                return List.of(result.errorDetails.errorMessage);
            }
            return result.invalidMigrations.stream().map(SchemaMigrator::problem).toList();
        } catch (FlywayException e) {
            throw failure(e, "Contrôle des migrations impossible", database.location());
        }
    }

    private static String problem(ValidateOutput invalid) {
        String migration = "migration " + invalid.version + " (" + invalid.description + ")";
        ErrorCode code = invalid.errorDetails.errorCode;
        if (code == CoreErrorCode.CHECKSUM_MISMATCH) {
            return migration + " : somme de contrôle différente du fichier livré";
        }
        if (code == CoreErrorCode.APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED) {
            return migration + " : appliquée mais inconnue de cette version de l'outil (base d'une version plus récente ?)";
        }
        if (code == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
            return migration + " : pas encore appliquée ; lancez « ventes run »";
        }
        if (code == CoreErrorCode.FAILED_VERSIONED_MIGRATION) {
            return migration + " : a échoué";
        }
        return migration + " : " + code + " (" + invalid.errorDetails.errorMessage + ")";
    }

    /** The applied schema version, or "aucune" for a database never migrated. */
    public String currentVersion() {
        String applied = appliedVersion();
        return applied == null ? "aucune" : applied;
    }

    /** The version of the last migration applied with success, read from Flyway's history; null if none. */
    private String appliedVersion() {
        if (!database.hasTable(HISTORY)) {
            return null;
        }
        return database.read(connection -> Jdbc.query(connection, "schema/version_appliquee.sql",
                row -> row.getString("version")).stream().findFirst().orElse(null));
    }

    /**
     * A Flyway failure as the user should see it: the database error underneath (busy, read-only, disk full…) when
     * there is one, else {@code what} with Flyway's own message.
     */
    static StorageException failure(FlywayException e, String what, String shownLocation) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return StorageErrors.translate(sql, shownLocation);
            }
        }
        return new StorageException(what + " sur " + shownLocation + " : " + e.getMessage(), e);
    }
}
