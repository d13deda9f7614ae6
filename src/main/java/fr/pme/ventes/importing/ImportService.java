package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.InvalidDataException;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.acquisition.PreviousDownload;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Imports the downloaded files in one transaction: products, then stores, then sales (which refer to both).
 * Any failure — an unusable file, a database error, or a rejected row under --strict — rolls everything back.
 */
@ApplicationScoped
public class ImportService {

    private final Database database;

    ImportService(Database database) {
        this.database = database;
    }

    public ImportReport importFiles(Map<DataFile, DownloadedFile> files, ImportOptions options) {
        return database.inImportTransaction(connection -> {
            Jdbc.update(connection, "import/reglages_connexion.sql");
            Jdbc.update(connection, "import/reglages_connexion_temp.sql");
            long importId = Jdbc.insert(connection, "import/commencer_import.sql", Instant.now().toString(), options.command());
            String latestSale = Jdbc.single(connection, "import/derniere_date_vente.sql", r -> r.getString(1));
            try (ImportRun run = new ImportRun(connection, importId, versionsFrom(latestSale, options), options)) {
                Map<DataFile, FileReport> reports = new EnumMap<>(DataFile.class);
                for (DataFile file : DataFile.values()) {
                    DownloadedFile source = files.get(file);
                    if (source != null) {
                        reports.put(file, importOne(run, source));
                    }
                }
                run.flush();
                if (revaluesStoredSales(latestSale, options, reports)) {
                    ValuedAggregates.recomputeAll(connection);
                }
                long rejected = reports.values().stream().mapToLong(FileReport::rejected).sum();
                if (options.strict() && rejected > 0) {
                    throw new InvalidDataException(rejected + " ligne(s) refusée(s) alors que --strict est demandé ; "
                            + "rien n'a été importé. Premier refus : " + describe(run.firstRejections().get(0)));
                }
                Jdbc.update(connection, "import/terminer_import.sql", Instant.now().toString(), importId);
                return new ImportReport(importId, reports, run.firstRejections());
            }
        });
    }

    /** What the last import of each source saw, so the next download can ask for news only. */
    public Map<DataFile, PreviousDownload> previousDownloads() {
        Map<DataFile, PreviousDownload> previous = new EnumMap<>(DataFile.class);
        if (!database.exists() || !database.hasTable("etat_sources")) {
            return previous;
        }
        database.read(connection -> {
            for (Object[] row : Jdbc.query(connection, "import/lire_etat_sources.sql", r -> new Object[]{
                    r.getString("fichier"), new PreviousDownload(r.getString("url"), r.getString("etag"), r.getString("last_modified"),
                    r.getString("sha256"), r.getLong("octets"))})) {
                previous.put(DataFile.fromLabel((String) row[0]), (PreviousDownload) row[1]);
            }
            return null;
        });
        return previous;
    }

    private static FileReport importOne(ImportRun run, DownloadedFile read) throws SQLException {
        FileReport report = read.unchanged()
                ? FileReport.unchanged(read.file(), read.url())
                : switch (read.file()) {
                    case PRODUITS -> ProductFile.importFile(run, read);
                    case MAGASINS -> StoreFile.importFile(run, read);
                    case VENTES -> SaleFile.importFile(run, read);
                };
        // A file completed from its end was still being checked while read: recorded only once checked and landed.
        DownloadedFile source = read.settled();
        Jdbc.update(run.connection, "import/enregistrer_fichier.sql", run.importId, source.file().label(), source.url(),
                report.status(), source.sha256(), source.size(), report.read(), report.inserted(), report.updated(),
                report.unchanged(), report.rejected());
        if (source.sha256() != null && !source.unchanged()) {
            Jdbc.update(run.connection, "import/enregistrer_etat_source.sql", source.file().label(), source.url(),
                    source.etag(), source.lastModified(), source.sha256(), source.size(),
                    source.path() == null ? 1 : endsWithNewline(source.path()) ? 1 : 0,
                    report.fileRows(), run.importId, Instant.now().toString());
        } else if (source.sha256() != null) {
            // Same body: keep the server's latest validators, so the next run gets a 304 instead of the whole file.
            Jdbc.update(run.connection, "import/rafraichir_etat_source.sql", source.url(), source.etag(),
                    source.lastModified(), Instant.now().toString(), source.file().label(), source.sha256());
        }
        return report;
    }

    /**
     * New product and store versions start on the data's own clock: the day after the latest sale already stored
     * (issue #11), so replaying old files stays consistent; today when there is no sale yet.
     */
    private static String versionsFrom(String latestSale, ImportOptions options) {
        if (options.versionsFrom() != null) {
            return options.versionsFrom().toString();
        }
        return latestSale == null ? LocalDate.now().toString() : LocalDate.parse(latestSale).plusDays(1).toString();
    }

    /**
     * True when new product or store versions start on or before a day that already had sales (only with an imposed
     * --prix-valides-depuis): those days are valued differently now, so the valued aggregates are rebuilt whole.
     */
    private static boolean revaluesStoredSales(String latestSale, ImportOptions options, Map<DataFile, FileReport> reports) {
        boolean newVersions = reports.values().stream().anyMatch(report -> report.newVersions() > 0);
        return newVersions && latestSale != null && options.versionsFrom() != null
                && !options.versionsFrom().isAfter(LocalDate.parse(latestSale));
    }

    private static boolean endsWithNewline(Path path) {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            if (file.length() == 0) {
                return false;
            }
            file.seek(file.length() - 1);
            return file.read() == '\n';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String describe(Rejection r) {
        return "fichier " + r.file().label() + ", ligne " + r.line()
                + (r.column() == null ? "" : ", colonne « " + r.column() + " »") + " : " + r.reason();
    }
}
