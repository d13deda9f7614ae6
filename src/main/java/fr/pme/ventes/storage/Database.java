package fr.pme.ventes.storage;

import fr.pme.ventes.VentesConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections to the database, and the one transaction a run makes: everything it writes commits together
 * or not at all (issue #4: a failed run leaves the database exactly as it was).
 */
@ApplicationScoped
public class Database {

    /** Work done inside the run's transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final VentesConfig config;

    Database(AgroalDataSource dataSource, VentesConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Where the database lives, as the user gave it. */
    public String location() {
        return config.db();
    }

    /** The folder holding the database file, where the landing zone goes by default. */
    public Path directory() {
        Path parent = Path.of(config.db()).toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** False before the first run has created the file: reading it then would create it. */
    public boolean exists() {
        return Files.isRegularFile(Path.of(config.db()));
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = open()) {
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
        } catch (SQLException e) {
            throw StorageErrors.translate(e, config.db());
        }
    }

    /** Reads outside of any transaction of ours (status, reports). */
    public <T> T read(Work<T> work) {
        try (Connection connection = open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw StorageErrors.translate(e, config.db());
        }
    }

    public boolean hasTable(String table) {
        return read(connection -> {
            try (var tables = connection.getMetaData().getTables(null, null, table, null)) {
                return tables.next();
            }
        });
    }

    private Connection open() throws SQLException {
        try {
            Files.createDirectories(directory());
        } catch (IOException e) {
            throw new StorageException("Impossible de créer le dossier de la base " + directory() + " : " + e.getMessage(), e);
        }
        return dataSource.getConnection();
    }
}
