package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.VentesConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Brings one source file into the landing zone: streamed to disk (never whole in memory), hashed on the way,
 * checked complete and CSV-looking, then published atomically. Over HTTP it asks only for news (If-None-Match,
 * If-Modified-Since), follows redirects itself (bounded, http(s) only, never from https down to http) and retries
 * transient failures (see {@link Retries}); when told the server only appends, it asks for the end of the file
 * alone (see {@link TailRequest}). Only http(s), the bundled classpath data and, when explicitly allowed, local files
 * are accepted.
 */
@ApplicationScoped
public class Downloader {
    private static final Logger LOG = Logger.getLogger(Downloader.class);
    private static final int BUFFER = 64 * 1024;
    /**
     * Bytes Netty reads from the socket at once, and so the size of each piece the REST client hands from its event
     * loop to our reading thread, one at a time. Netty's adaptive default tops out at 64 KiB: ~3,600 hand-offs
     * for a 234 MB file, which capped a local download at ~145 MB/s (deliverables/performance-notes.md).
     */
    private static final int SOCKET_READ = 1 << 20;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final VentesConfig config;

    Downloader(VentesConfig config) {
        this.config = config;
    }

    /**
     * @param tailOnly the server only appends to this file: ask for its end alone when the copy last imported is
     *                 still in the landing zone (an http(s) server that ignores {@code Range} sends the whole file)
     */
    public DownloadedFile download(DataFile file, URI uri, PreviousDownload previous, boolean allowLocalFiles,
                                   boolean tailOnly, LandingZone landing, ProgressListener progress) {
        String shown = UrlRedactor.redact(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String where = "Source " + file.label() + " (" + shown + ")";
        try {
            return switch (scheme) {
                case "http", "https" -> fromHttp(file, uri, shown, previous, tailOnly, landing, progress);
                case "classpath" -> fromStream(file, where, shown, classpathStream(uri, where), -1, null, null, null,
                        previous, landing, progress, false);
                case "file" -> {
                    if (!allowLocalFiles) {
                        throw new SourceException(where + " : les fichiers locaux ne sont lus qu'avec l'option "
                                + "--fichiers-locaux");
                    }
                    Path path = Path.of(uri);
                    yield fromStream(file, where, shown, Files.newInputStream(path), Files.size(path), null, null, null,
                            previous, landing, progress, false);
                }
                default -> throw new SourceException(where + " : adresse non prise en charge ; seules http:// et "
                        + "https:// sont acceptées (et file:// avec --fichiers-locaux)");
            };
        } catch (NoSuchFileException e) {
            throw new SourceException(where + " : fichier introuvable", e);
        } catch (IOException e) {
            throw new SourceException(where + " : lecture ou écriture impossible (" + describe(e) + ") ; vérifiez "
                    + "le dossier des téléchargements " + landing.root(), e);
        }
    }

    private DownloadedFile fromHttp(DataFile file, URI uri, String shown, PreviousDownload previous, boolean tailOnly,
                                    LandingZone landing, ProgressListener progress) throws IOException {
        VentesConfig.Download settings = config.download();
        Retries retries = new Retries(settings.retries(), settings.retryDelay(), settings.retryMaxDelay(),
                settings.retryMaxDuration());
        try {
            return retries.call(file.label(), progress, DownloadedFile.class,
                    () -> attempt(file, uri, shown, previous, tailOnly, landing, progress));
        } catch (RuntimeException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One try: the request, its redirects, and the whole body (or its new end) into the landing zone. */
    private DownloadedFile attempt(DataFile file, URI start, String shown, PreviousDownload previous, boolean tailOnly,
                                   LandingZone landing, ProgressListener progress) throws IOException {
        // Validators describe one address's content: never send those of another address.
        boolean conditional = previous != null && shown.equals(previous.url());
        String ifNoneMatch = conditional ? previous.etag() : null;
        String ifModifiedSince = conditional ? previous.lastModified() : null;
        TailRequest tail = conditional && tailOnly && previous.size() > 0
                ? landing.copyOf(file, previous).map(copy -> TailRequest.after(copy, previous)).orElse(null) : null;
        URI current = start;
        for (int redirects = 0; ; ) {
            String where = "Source " + file.label() + " (" + shown
                    + (current == start ? "" : ", redirigée vers " + UrlRedactor.redact(current)) + ")";
            String range = tail == null ? null : tail.rangeHeader();
            try (CsvFileClient client = client(current);
                 Response r = send(client, where, ifNoneMatch, ifModifiedSince, range)) {
                int status = r.getStatus();
                if (REDIRECTS.contains(status)) {
                    current = nextHop(where, current, r, redirects++);
                    continue;
                }
                String etag = r.getHeaderString(HttpHeaders.ETAG);
                String lastModified = r.getHeaderString(HttpHeaders.LAST_MODIFIED);
                if (status == 304 && conditional) {
                    LOG.debugf("%s: 304 Not Modified", file.label());
                    return new DownloadedFile(file, shown, null, previous.sha256(), previous.size(),
                            etag == null ? previous.etag() : etag,
                            lastModified == null ? previous.lastModified() : lastModified, true);
                }
                if (tail != null && (status == 206 || status == 416)) {
                    DownloadedFile joined = status == 206
                            ? fromTail(file, where, shown, r, tail, previous, landing, progress) : null;
                    if (joined != null) {
                        return joined;
                    }
                    LOG.debugf("%s: HTTP %d to %s, not the end of the same file: asking for the whole file",
                            file.label(), status, range);
                    tail = null;
                    continue;
                }
                if (status == 408 || status == 429 || status >= 500) {
                    throw new TransientSourceException(where + " : le serveur a répondu HTTP " + status + reason(status),
                            RetryAfter.parse(r.getHeaderString(HttpHeaders.RETRY_AFTER), Instant.now()), null);
                }
                if (status != 200) {
                    throw new SourceException(where + " : le serveur a répondu HTTP " + status + reason(status));
                }
                long declared = r.getLength();
                checkAnnouncedSize(where, declared);
                return fromStream(file, where, shown, body(where, r), declared,
                        r.getHeaderString(HttpHeaders.CONTENT_TYPE), etag, lastModified, previous, landing, progress, true);
            }
        }
    }

    private void checkAnnouncedSize(String where, long declared) {
        long max = config.download().maxBytes();
        if (declared > max) {
            throw new SourceException(where + " : le serveur annonce " + declared + " octets, plus que la "
                    + "limite de " + max + " octets (ventes.download.max-bytes) ; rien n'a été téléchargé");
        }
    }

    private static InputStream body(String where, Response r) {
        try {
            return r.readEntity(InputStream.class);
        } catch (ProcessingException e) {
            throw new TransientSourceException(where + " : téléchargement interrompu (" + describe(e) + ")", null, e);
        }
    }

    /**
     * The new download made of our copy of what was imported followed by the server's answer to {@code tail}; null
     * when that answer is not the end of the same file (then the caller asks for the whole file). Our copy is not
     * rewritten: once the new bytes are complete, it is moved out of the landing zone and extended in place, since it
     * is the beginning of the new file (measured: rewriting 236 MB cost ~0.6 s; see {@link ReceivedBody#following}).
     * Nor is it read before the new rows are imported: its line feeds are kept in its description (counted here
     * when an older version kept none), and it is hashed meanwhile on another thread (see {@link PendingLanding}).
     */
    private DownloadedFile fromTail(DataFile file, String where, String shown, Response r, TailRequest tail,
                                    PreviousDownload previous, LandingZone landing, ProgressListener progress)
            throws IOException {
        long total = tail.totalSize(r.getHeaderString("Content-Range"));
        if (total < 0) {
            return null;
        }
        checkAnnouncedSize(where, total);
        Path newBytes = landing.newTemporaryFile(file);
        boolean pending = false;
        try (InputStream body = body(where, r)) {
            byte[] overlap;
            try {
                overlap = body.readNBytes(tail.overlapLength());
            } catch (IOException | ProcessingException e) {
                throw new TransientSourceException(where + " : téléchargement interrompu (" + describe(e) + ")", null, e);
            }
            if (!tail.overlapMatches(overlap)) {
                return null;
            }
            CompletableFuture<MessageDigest> copyHash = tail.hashLanded();
            long described = landing.lineFeeds(file, previous);
            long lineFeeds = described >= 0 ? described : tail.landedLineFeeds();
            if (lineFeeds < 0) {
                LOG.debugf("%s: the landed copy of the last import is shorter than it", file.label());
                return null;
            }
            // Its hash is the one imported: checked before the import commits (PendingLanding).
            KnownPrefix prefix = new KnownPrefix(previous.size(), previous.sha256(), lineFeeds);
            try (ReceivedBody joined = ReceivedBody.following(tail.landed(), prefix.length(), newBytes)) {
                Copied rest = copy(file, where, body, joined, null, -1, prefix.length(), total, progress, true);
                String contentType = r.getHeaderString(HttpHeaders.CONTENT_TYPE);
                check(where, joined, total, contentType);
                Path whole = joined.complete(landing, file);
                pending = true;
                return new DownloadedFile(file, shown, whole, null, total, r.getHeaderString(HttpHeaders.ETAG),
                        r.getHeaderString(HttpHeaders.LAST_MODIFIED), false, prefix, rest.size() - tail.from(),
                        new PendingLanding(where, copyHash, tail.landed(), prefix.length(), joined, whole, newBytes,
                                landing, lineFeeds + rest.lineFeeds()));
            }
        } finally {
            if (!pending) {
                Files.deleteIfExists(newBytes);
            }
        }
    }

    private CsvFileClient client(URI uri) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(config.download().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.download().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)          // followed in attempt(): bounded, checked, and visible in messages
                .disableDefaultMapper(true)      // 4xx/5xx come back as answers to read, not as exceptions
                .userAgent("ventes-pme")
                .httpClientOptionsCustomizer(options -> options.setReceiveBufferSize(SOCKET_READ))
                .build(CsvFileClient.class);
    }

    private Response send(CsvFileClient client, String where, String ifNoneMatch, String ifModifiedSince, String range) {
        try {
            return client.download(ifNoneMatch, ifModifiedSince, range);
        } catch (ProcessingException e) {
            throw new TransientSourceException(where + " : " + unreachable(e), null, e);
        }
    }

    private URI nextHop(String where, URI current, Response r, int redirects) {
        int max = config.download().maxRedirects();
        if (redirects >= max) {
            throw new SourceException(where + " : trop de redirections (plus de " + max
                    + ", ventes.download.max-redirects) ; vérifiez l'adresse");
        }
        String location = r.getHeaderString(HttpHeaders.LOCATION);
        if (location == null || location.isBlank()) {
            throw new SourceException(where + " : redirection HTTP " + r.getStatus() + " sans adresse (en-tête Location absent)");
        }
        URI next;
        try {
            next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new SourceException(where + " : adresse de redirection invalide (" + UrlRedactor.redactText(location) + ")", e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SourceException(where + " : redirection vers une adresse non prise en charge ("
                    + UrlRedactor.redact(next) + ") ; seules http:// et https:// sont suivies");
        }
        if (current.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
            throw new SourceException(where + " : redirection de https vers http (non chiffré) refusée ("
                    + UrlRedactor.redact(next) + ")");
        }
        LOG.debugf("redirect %d to %s", r.getStatus(), UrlRedactor.redact(next));
        return next;
    }

    private DownloadedFile fromStream(DataFile file, String where, String shown, InputStream body, long expected,
                                      String contentType, String etag, String lastModified, PreviousDownload previous,
                                      LandingZone landing, ProgressListener progress, boolean network) throws IOException {
        Path temporary = landing.newTemporaryFile(file);
        try {
            MessageDigest sha = sha256();
            // The part imported last time, when this is the same address and the body may be longer: hashed on the
            // way, so that a file which only grew is recognised without reading its beginning again (AppendedTail).
            boolean sameAddress = previous != null && shown.equals(previous.url()) && previous.size() > 0;
            long prefixLength = sameAddress && (expected < 0 || expected > previous.size()) ? previous.size() : -1;
            // The copy of what was imported last time: bytes that repeat it are compared with it, not written again.
            Path landedCopy = sameAddress ? landing.copyOf(file, previous).orElse(null) : null;
            try (ReceivedBody received = landedCopy == null ? ReceivedBody.writtenTo(temporary)
                    : ReceivedBody.comparedWith(landedCopy, previous.size(), temporary)) {
                Copied copied = copy(file, where, body, received, sha, prefixLength, 0, expected, progress, network);
                return land(file, where, shown, received, sha, expected, contentType, etag, lastModified, previous,
                        landing, copied);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Checks a complete body and moves it into the landing zone (unless it is the last one). */
    private DownloadedFile land(DataFile file, String where, String shown, ReceivedBody body, MessageDigest sha,
                                long expected, String contentType, String etag, String lastModified,
                                PreviousDownload previous, LandingZone landing, Copied copied)
            throws IOException {
        long size = body.size();
        check(where, body, expected, contentType);
        String digest = HexFormat.of().formatHex(sha.digest());
        if (previous != null && digest.equals(previous.sha256())) {
            return new DownloadedFile(file, shown, null, digest, size, etag, lastModified, true);
        }
        Path whole = body.complete(landing, file);
        try {
            return landing.publish(whole, new DownloadedFile(file, shown, null, digest, size, etag, lastModified,
                    false, copied.prefix(), copied.size(), null), body.continued(), copied.lineFeeds());
        } finally {
            body.discard(whole);
        }
    }

    /** A body complete and CSV-looking, or the reason why not. */
    private static void check(String where, ReceivedBody body, long expected, String contentType) throws IOException {
        long size = body.size();
        checkComplete(where, size, expected);
        String problem = CsvContentCheck.problem(body.head(CsvContentCheck.SAMPLE), contentType);
        if (problem != null) {
            throw new SourceException(where + " : le serveur a envoyé " + problem + " au lieu d'un fichier CSV ("
                    + (contentType == null ? "sans type" : "type " + contentType) + ", " + bytes(size) + ")"
                    + (problem.startsWith("une page HTML") ? " ; le lien est-il public et à jour ? Une page de "
                    + "connexion ou d'erreur remplace souvent le fichier d'un lien privé ou expiré" : ""));
        }
    }

    private static void checkComplete(String where, long size, long expected) {
        if (expected >= 0 && size != expected) {
            throw new TransientSourceException(where + " : téléchargement incomplet (" + size + " octets reçus sur "
                    + expected + " annoncés)", null, null);
        }
    }

    /**
     * The bytes written, and the hashed prefix when the body reached {@code prefixLength} (-1: none wanted), and the
     * line feeds received (kept with the landed file: the next run that completes it from its end numbers its new
     * lines without reading it again).
     */
    private record Copied(long size, KnownPrefix prefix, long lineFeeds) {
    }

    /**
     * Streams {@code body} to {@code target}, hashed on the way into {@code sha} (null: hashed elsewhere, and then no
     * prefix can be asked for: {@code prefixLength} is -1). When the body is the end of a file whose first
     * {@code offset} bytes are elsewhere, sizes count from the start of the file and progress from the offset (the
     * part received).
     */
    private Copied copy(DataFile file, String where, InputStream body, ReceivedBody target, MessageDigest sha,
                        long prefixLength, long offset, long expected, ProgressListener progress, boolean network)
            throws IOException {
        long max = config.download().maxBytes();
        long total = offset;
        long lineFeeds = 0;
        KnownPrefix prefix = null;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = body) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException | ProcessingException e) {
                    if (!network) {
                        throw e;
                    }
                    throw new TransientSourceException(where + " : téléchargement interrompu après " + bytes(total - offset)
                            + (expected >= 0 ? " sur " + expected + " annoncés" : "") + " (" + describe(e)
                            + ")", null, e);
                }
                if (n < 0) {
                    break;
                }
                long before = total;
                total += n;
                if (total > max) {
                    throw new SourceException(where + " : fichier plus gros que la limite de " + max
                            + " octets (ventes.download.max-bytes) ; téléchargement arrêté, rien n'a été importé");
                }
                int inPrefix = prefixLength > before ? (int) Math.min(n, prefixLength - before) : 0;
                if (inPrefix > 0) {
                    sha.update(buffer, 0, inPrefix);
                    lineFeeds += KnownPrefix.lineFeeds(buffer, 0, inPrefix);
                    if (before + inPrefix == prefixLength) {
                        prefix = new KnownPrefix(prefixLength, HexFormat.of().formatHex(copyOf(sha).digest()), lineFeeds);
                    }
                }
                if (sha != null) {
                    sha.update(buffer, inPrefix, n - inPrefix);
                }
                lineFeeds += KnownPrefix.lineFeeds(buffer, inPrefix, n - inPrefix);
                target.write(buffer, n);
                progress.advanced(file.label(), total - offset, expected < 0 ? -1 : expected - offset);
            }
        }
        return new Copied(total, prefix, lineFeeds);
    }

    static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unreachable(ProcessingException e) {
        Throwable root = root(e);
        String type = root.getClass().getSimpleName();
        if (type.contains("ConnectTimeout")) {
            return "connexion impossible en " + seconds(config.download().connectTimeout())
                    + " (ventes.download.connect-timeout)";
        }
        String text = String.valueOf(e.getMessage()) + " " + root.getMessage();
        if (type.contains("Timeout") || text.toLowerCase(Locale.ROOT).contains("timeout")) {
            return "pas de réponse du serveur en " + seconds(config.download().readTimeout())
                    + " (ventes.download.read-timeout)";
        }
        return "serveur injoignable (" + describe(e) + ")";
    }

    private static String bytes(long n) {
        return n + (n > 1 ? " octets" : " octet");
    }

    private static String seconds(Duration duration) {
        return Retries.seconds(duration.toMillis());
    }

    private static String reason(int status) {
        return switch (status) {
            case 401, 403 -> " (accès refusé : le lien est-il public ?)";
            case 404 -> " (fichier introuvable) ; vérifiez l'adresse";
            case 408 -> " (délai de requête dépassé)";
            case 410 -> " (fichier supprimé) ; vérifiez l'adresse";
            case 429 -> " (trop de requêtes)";
            case 500 -> " (erreur interne du serveur)";
            case 502 -> " (passerelle en erreur)";
            case 503 -> " (service indisponible)";
            case 504 -> " (passerelle sans réponse)";
            default -> "";
        };
    }

    private static InputStream classpathStream(URI uri, String where) {
        String resource = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
        InputStream in = Downloader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SourceException(where + " : données intégrées introuvables");
        }
        return in;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The root cause in a few words, with any URL secret redacted (client messages may quote the address). */
    private static String describe(Throwable e) {
        Throwable root = root(e);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " : " + UrlRedactor.redactText(message));
    }
}
