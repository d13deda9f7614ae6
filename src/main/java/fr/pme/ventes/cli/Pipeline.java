package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.VentesConfig;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.acquisition.LandingZone;
import fr.pme.ventes.acquisition.PreviousDownload;
import fr.pme.ventes.acquisition.SourceFetcher;
import fr.pme.ventes.importing.ImportService;
import fr.pme.ventes.storage.Database;
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
    private final Database database;
    private final VentesConfig config;

    Pipeline(SourceFetcher fetcher, ImportService importer, Database database, VentesConfig config) {
        this.fetcher = fetcher;
        this.importer = importer;
        this.database = database;
        this.config = config;
    }

    LandingZone landing(SourceOptions options) {
        Path dir = options.landing != null && !options.landing.isBlank()
                ? Path.of(options.landing)
                : config.landing().dir().map(Path::of).orElse(database.directory().resolve("landing"));
        return new LandingZone(dir, config.landing().keep());
    }

    /** Downloads the three files, asking each server only for what changed since the last import. */
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
