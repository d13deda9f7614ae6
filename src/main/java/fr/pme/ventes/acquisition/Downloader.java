package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.VentesConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Brings one source file into the landing zone: streamed to disk (never whole in memory), hashed on the way,
 * checked complete and CSV-looking, then published atomically. Only http(s), the bundled classpath data and,
 * when explicitly allowed, local files are accepted.
 */
@ApplicationScoped
public class Downloader {
    private static final Logger LOG = Logger.getLogger(Downloader.class);
    private static final int BUFFER = 64 * 1024;

    private final VentesConfig config;

    Downloader(VentesConfig config) {
        this.config = config;
    }

    public DownloadedFile download(DataFile file, URI uri, PreviousDownload previous, boolean allowLocalFiles,
                                   LandingZone landing, ProgressListener progress) {
        String shown = UrlRedactor.redact(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        try {
            return switch (scheme) {
                case "http", "https" -> fromHttp(file, uri, shown, previous, landing, progress);
                case "classpath" -> fromStream(file, shown, classpathStream(uri, file, shown), -1, null, null, null,
                        previous, landing, progress);
                case "file" -> {
                    if (!allowLocalFiles) {
                        throw new SourceException("Source " + file.label() + " (" + shown + ") : les fichiers locaux "
                                + "ne sont lus qu'avec l'option --fichiers-locaux");
                    }
                    Path path = Path.of(uri);
                    yield fromStream(file, shown, Files.newInputStream(path), Files.size(path), null, null, null,
                            previous, landing, progress);
                }
                default -> throw new SourceException("Source " + file.label() + " (" + shown + ") : adresse non prise en "
                        + "charge ; seules http:// et https:// sont acceptées (et file:// avec --fichiers-locaux)");
            };
        } catch (NoSuchFileException e) {
            throw new SourceException("Source " + file.label() + " (" + shown + ") : fichier introuvable", e);
        } catch (IOException e) {
            throw new SourceException("Source " + file.label() + " (" + shown + ") : lecture impossible ("
                    + describe(e) + ")", e);
        }
    }

    private DownloadedFile fromHttp(DataFile file, URI uri, String shown, PreviousDownload previous,
                                    LandingZone landing, ProgressListener progress) throws IOException {
        CsvFileClient client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(config.download().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.download().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(true)
                .build(CsvFileClient.class);
        String etag = previous == null ? null : previous.etag();
        String since = previous == null ? null : previous.lastModified();
        Response response;
        try {
            response = client.download(etag, since, null);
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw new SourceException("Source " + file.label() + " (" + shown + ") : serveur injoignable ("
                    + describe(e) + ")", e);
        }
        try (Response r = response) {
            int status = r.getStatus();
            String newEtag = r.getHeaderString(HttpHeaders.ETAG);
            String newLastModified = r.getHeaderString(HttpHeaders.LAST_MODIFIED);
            if (status == 304 && previous != null) {
                LOG.debugf("%s: 304 Not Modified", file.label());
                return new DownloadedFile(file, shown, null, previous.sha256(), previous.size(),
                        newEtag == null ? previous.etag() : newEtag,
                        newLastModified == null ? previous.lastModified() : newLastModified, true);
            }
            if (status != 200) {
                throw new SourceException("Source " + file.label() + " (" + shown + ") : le serveur a répondu HTTP "
                        + status + (status == 404 ? " (fichier introuvable) ; vérifiez l'adresse" : ""));
            }
            long expected = r.getLength();
            InputStream body = r.readEntity(InputStream.class);
            return fromStream(file, shown, body, expected, r.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    newEtag, newLastModified, previous, landing, progress);
        } catch (ProcessingException e) {
            throw new SourceException("Source " + file.label() + " (" + shown + ") : téléchargement interrompu ("
                    + describe(e) + ") ; rien n'a été importé", e);
        }
    }

    private DownloadedFile fromStream(DataFile file, String shown, InputStream body, long expected, String contentType,
                                      String etag, String lastModified, PreviousDownload previous,
                                      LandingZone landing, ProgressListener progress) throws IOException {
        Path temporary = landing.newTemporaryFile(file);
        try {
            MessageDigest sha = sha256();
            long size = copy(file, shown, body, temporary, sha, expected, progress);
            if (expected >= 0 && size != expected) {
                throw new SourceException("Source " + file.label() + " (" + shown + ") : téléchargement incomplet ("
                        + size + " octets reçus sur " + expected + " annoncés) ; rien n'a été importé");
            }
            String problem = CsvContentCheck.problem(temporary, contentType);
            if (problem != null) {
                throw new SourceException("Source " + file.label() + " (" + shown + ") : le serveur a envoyé " + problem
                        + " au lieu d'un fichier CSV");
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            if (previous != null && digest.equals(previous.sha256())) {
                Files.deleteIfExists(temporary);
                return new DownloadedFile(file, shown, null, digest, size, etag, lastModified, true);
            }
            return landing.publish(temporary, new DownloadedFile(file, shown, null, digest, size, etag, lastModified, false));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private long copy(DataFile file, String shown, InputStream body, Path target, MessageDigest sha, long expected,
                      ProgressListener progress) throws IOException {
        long max = config.download().maxBytes();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new SourceException("Source " + file.label() + " (" + shown + ") : fichier plus gros que la "
                            + "limite de " + max + " octets (ventes.download.max-bytes) ; téléchargement arrêté");
                }
                out.write(buffer, 0, n);
                progress.advanced(file.label(), total, expected);
            }
        }
        return total;
    }

    private static InputStream classpathStream(URI uri, DataFile file, String shown) throws IOException {
        String resource = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
        InputStream in = Downloader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SourceException("Source " + file.label() + " (" + shown + ") : données intégrées introuvables");
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " : " + message);
    }
}
