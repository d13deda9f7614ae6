package fr.pme.ventes.storage;

import fr.pme.ventes.VentesConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections to the database, and the one transaction a run makes: everything it writes commits together
 * or not at all (issue #4: a failed run leaves the database exactly as it was).
 * The database is a SQLite file (default datasource) or, when --db is a PostgreSQL JDBC URL, the named
 * datasource {@value #POSTGRESQL} that cli.Main activates before start-up (issue #9).
 */
@ApplicationScoped
public class Database {

    /** Work done inside the run's transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Name of the PostgreSQL datasource in application.properties. */
    public static final String POSTGRESQL = "postgresql";

    private final Instance<AgroalDataSource> dataSources;
    private final VentesConfig config;
    private final Dialect dialect;
    private AgroalDataSource dataSource;

    Database(@Any Instance<AgroalDataSource> dataSources, VentesConfig config) {
        this.dataSources = dataSources;     // resolved on first use: only the chosen one is ever started
        this.config = config;
        this.dialect = Dialect.of(config.db());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the database lives, as the user gave it; for a URL without its parameters, which may hold secrets. */
    public String location() {
        return displayed(config.db());
    }

    /** A database location fit for messages: a JDBC URL loses its query string (password=…) and user info. */
    public static String displayed(String location) {
        if (Dialect.of(location) == Dialect.SQLITE) {
            return location;
        }
        String url = location.replaceFirst("\\?.*$", "");
        return url.replaceFirst("^(jdbc:postgresql://)[^/@]*@", "$1");
    }

    /** The folder holding the database file, where the landing zone goes by default (data/ for a server). */
    public Path directory() {
        if (dialect == Dialect.POSTGRESQL) {
            return Path.of("data").toAbsolutePath();
        }
        Path parent = Path.of(config.db()).toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /**
     * False before the first run has created the database: for SQLite the file (reading it would create it), for
     * PostgreSQL the schema in the server's database.
     */
    public boolean exists() {
        return dialect == Dialect.POSTGRESQL ? hasTable("imports") : Files.isRegularFile(Path.of(config.db()));
    }

    /** For the commands that only read: a database that does not exist yet is an error telling what to run first. */
    public void requireExisting() {
        if (!exists()) {
            throw new StorageException("Base de données " + location() + " : introuvable ; lancez d'abord "
                    + "« ventes run »", null);
        }
    }

    public <T> T inTransaction(Work<T> work) {
        return inTransaction(work, true);
    }

    /**
     * The import's transaction: on SQLite, without its row-by-row foreign-key checks, which double the time of
     * writing the sales (deliverables/performance-notes.md). The import checks every sale's product and store in
     * Java before writing it, and « ventes verifier » runs SQLite's own foreign_key_check. The pragma only takes
     * effect outside a transaction, so it is set before the transaction opens and restored after it ends.
     */
    public <T> T inImportTransaction(Work<T> work) {
        return inTransaction(work, dialect == Dialect.POSTGRESQL);
    }

    private <T> T inTransaction(Work<T> work, boolean foreignKeysChecked) {
        try (Connection connection = open()) {
            if (!foreignKeysChecked) {
                Jdbc.update(connection, "import/cles_etrangeres_non_verifiees.sql");
            }
            try {
                return committed(connection, work);
            } finally {
                if (!foreignKeysChecked) {
                    Jdbc.update(connection, "import/cles_etrangeres_verifiees.sql");
                }
            }
        } catch (SQLException e) {
            throw StorageErrors.translate(e, location());
        }
    }

    private static <T> T committed(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Reads outside of any transaction of ours (status, reports). */
    public <T> T read(Work<T> work) {
        try (Connection connection = open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw StorageErrors.translate(e, location());
        }
    }

    public boolean hasTable(String table) {
        return read(connection -> {
            try (var tables = connection.getMetaData().getTables(null, null, table, new String[]{"TABLE"})) {
                return tables.next();
            }
        });
    }

    private Connection open() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try {
                Files.createDirectories(directory());
            } catch (IOException e) {
                throw new StorageException("Impossible de créer le dossier de la base " + directory() + " : " + e.getMessage(), e);
            }
        }
        return dataSource().getConnection();
    }

    private AgroalDataSource dataSource() {
        if (dataSource == null) {
            dataSource = dataSource(dataSources, dialect);
        }
        return dataSource;
    }

    static AgroalDataSource dataSource(Instance<AgroalDataSource> dataSources, Dialect dialect) {
        return dialect == Dialect.POSTGRESQL
                ? dataSources.select(new DataSource.DataSourceLiteral(POSTGRESQL)).get()
                : dataSources.select(jakarta.enterprise.inject.Default.Literal.INSTANCE).get();
    }
}
