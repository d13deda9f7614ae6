package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.VentesConfig;
import fr.pme.ventes.acquisition.DamagedCopyException;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.acquisition.LandingZone;
import fr.pme.ventes.acquisition.PreviousDownload;
import fr.pme.ventes.acquisition.SourceFetcher;
import fr.pme.ventes.importing.ImportOptions;
import fr.pme.ventes.importing.ImportReport;
import fr.pme.ventes.importing.ImportService;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.SchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The stages' plumbing that several commands share: where downloads land, and fetching with what we knew. */
@ApplicationScoped
class Pipeline {
    private final SourceFetcher fetcher;
    private final ImportService importer;
    private final SchemaMigrator migrator;
    private final Database database;
    private final VentesConfig config;

    Pipeline(SourceFetcher fetcher, ImportService importer, SchemaMigrator migrator, Database database,
             VentesConfig config) {
        this.fetcher = fetcher;
        this.importer = importer;
        this.migrator = migrator;
        this.database = database;
        this.config = config;
    }

    LandingZone landing(SourceOptions options) {
        Path dir = options.landing != null && !options.landing.isBlank()
                ? Path.of(options.landing)
                : config.landing().dir().map(Path::of).orElse(database.directory().resolve("landing"));
        return new LandingZone(dir, config.landing().keep());
    }

    /**
     * Downloads the three files, asking each server only for what changed since the last import. A sales file
     * completed from its end may not be landed yet: see {@link #importFetched} and {@link #fetchLanded}.
     */
    Map<DataFile, DownloadedFile> fetch(SourceOptions options, Terminal terminal) {
        Map<DataFile, URI> uris = fetcher.resolve(options.source, options.overrides());
        Map<DataFile, PreviousDownload> previous = importer.previousDownloads();
        try {
            boolean appendOnly = options.salesAppendOnly || config.download().salesAppendOnly();
            return fetcher.fetchAll(uris, previous, options.allowLocalFiles, appendOnly, landing(options),
                    terminal.downloads());
        } finally {
            terminal.done();
        }
    }

    /** What {@link #importFetched} downloaded, landed, and imported. */
    record Imported(Map<DataFile, DownloadedFile> files, ImportReport report) {
    }

    /**
     * Migrates the schema and imports what {@link #fetch} brought, then lands every file, imported or refused. A sales
     * file completed from its end is still being checked while its rows are imported (see
     * {@link DownloadedFile#settled}): should the landed copy it was completed from prove damaged, nothing is
     * committed and the files are fetched again (whole: that copy is set aside) and imported.
     */
    Imported importFetched(Map<DataFile, DownloadedFile> files, SourceOptions options, Terminal terminal,
                           ImportOptions importOptions) {
        try {
            return importAndLand(files, importOptions);
        } catch (DamagedCopyException damaged) {
            return importAndLand(fetchAgain(damaged, options, terminal), importOptions);
        }
    }

    /** Downloads the three files, landed (see {@link #importFetched} for a damaged copy). */
    Map<DataFile, DownloadedFile> fetchLanded(SourceOptions options, Terminal terminal) {
        try {
            return settled(fetch(options, terminal));
        } catch (DamagedCopyException damaged) {
            return settled(fetchAgain(damaged, options, terminal));
        }
    }

    /** After a damaged copy (set aside by then), says so and downloads the files again: the whole sales file. */
    private Map<DataFile, DownloadedFile> fetchAgain(DamagedCopyException damaged, SourceOptions options,
                                                     Terminal terminal) {
        terminal.downloads().retrying(DataFile.VENTES.label(), damaged.getMessage());
        return fetch(options, terminal);
    }

    private Imported importAndLand(Map<DataFile, DownloadedFile> files, ImportOptions importOptions) {
        try {
            migrator.migrate();
            ImportReport report = importer.importFiles(files, importOptions);
            return new Imported(settled(files), report);
        } catch (RuntimeException failure) {
            for (DownloadedFile file : files.values()) {
                try {
                    file.settled();
                } catch (RuntimeException alsoFailed) {
                    if (alsoFailed != failure) {
                        failure.addSuppressed(alsoFailed);
                    }
                }
            }
            throw failure;
        }
    }

    /** Each download once landed (see {@link DownloadedFile#settled}). */
    private static Map<DataFile, DownloadedFile> settled(Map<DataFile, DownloadedFile> files) {
        Map<DataFile, DownloadedFile> settled = new EnumMap<>(DataFile.class);
        files.forEach((file, download) -> settled.put(file, download.settled()));
        return settled;
    }

    /** The newest landed file of each source, marked unchanged when it is the one last imported. */
    Map<DataFile, DownloadedFile> landed(SourceOptions options) {
        LandingZone landing = landing(options);
        Map<DataFile, PreviousDownload> previous = importer.previousDownloads();
        Map<DataFile, DownloadedFile> files = new EnumMap<>(DataFile.class);
        for (DataFile file : DataFile.values()) {
            landing.latest(file).ifPresent(found -> {
                PreviousDownload last = previous.get(file);
                boolean same = last != null && found.sha256().equals(last.sha256());
                files.put(file, same ? new DownloadedFile(file, found.url(), null, found.sha256(), found.size(),
                        found.etag(), found.lastModified(), true) : found);
            });
        }
        return files;
    }
}
