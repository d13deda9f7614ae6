package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.VentesConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;

/** Resolves where each file comes from, then downloads them all before anything is imported. */
@ApplicationScoped
public class SourceFetcher {

    private final VentesConfig config;
    private final Downloader downloader;

    SourceFetcher(VentesConfig config, Downloader downloader) {
        this.config = config;
        this.downloader = downloader;
    }

    /**
     * The address of each file: the named source set ("demo", "brief", or any set configured under
     * ventes.sources.NAME), with per-file overrides on top.
     */
    public Map<DataFile, URI> resolve(String sourceName, Map<DataFile, String> overrides) {
        String name = sourceName == null ? config.source() : sourceName;
        Map<String, String> set = config.sources().get(name);
        if (set == null) {
            throw new SourceException("Source « " + name + " » inconnue : valeurs possibles " + config.sources().keySet()
                    + " (ou donnez --produits, --magasins et --ventes)");
        }
        Map<DataFile, URI> uris = new EnumMap<>(DataFile.class);
        for (DataFile file : DataFile.values()) {
            String address = overrides.getOrDefault(file, set.get(file.label()));
            if (address == null || address.isBlank()) {
                throw new SourceException("Source " + file.label() + " : aucune adresse (ni --" + file.label()
                        + ", ni ventes.sources." + name + "." + file.label() + ")");
            }
            uris.put(file, parse(file, address.strip()));
        }
        return uris;
    }

    /**
     * Downloads every file; the first that fails stops the run before the database is touched.
     *
     * @param salesAppendOnly the sales server only appends rows: ask it for the end of the file alone. Never for
     *                        products and stores, whose rows are edited in place (a price that changes).
     */
    public Map<DataFile, DownloadedFile> fetchAll(Map<DataFile, URI> uris, Map<DataFile, PreviousDownload> previous,
                                                   boolean allowLocalFiles, boolean salesAppendOnly, LandingZone landing,
                                                   ProgressListener progress) {
        Map<DataFile, DownloadedFile> files = new EnumMap<>(DataFile.class);
        uris.forEach((file, uri) -> {
            try {
                boolean tailOnly = salesAppendOnly && file == DataFile.VENTES;
                files.put(file, downloader.download(file, uri, previous.get(file), allowLocalFiles, tailOnly, landing,
                        progress));
            } catch (SourceException e) {
                throw e.of(file);
            }
        });
        return files;
    }

    private static URI parse(DataFile file, String address) {
        try {
            URI uri = new URI(address);
            if (uri.getScheme() == null) {
                throw new SourceException("Source " + file.label() + " (" + UrlRedactor.redact(address)
                        + ") : adresse incomplète ; attendu http://, https:// ou file://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceException("Source " + file.label() + " (" + UrlRedactor.redact(address)
                    + ") : adresse invalide (" + e.getReason() + ")", e);
        }
    }
}
