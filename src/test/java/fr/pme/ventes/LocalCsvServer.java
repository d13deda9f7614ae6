package fr.pme.ventes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 serving the files of a folder as {@code text/csv} (no charset, like the client's
 * host), with an ETag, and the end of a file from a given byte ({@code Range: bytes=N-}, as static file servers do)
 * unless told not to. A test may script the answer for a path ({@link #script}) to inject faults.
 */
public final class LocalCsvServer implements AutoCloseable {

    /** Answers one request in place of the file. */
    @FunctionalInterface
    public interface Script {
        void answer(HttpExchange exchange, int requestNumber) throws IOException;
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Path root;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> bytesSent = new ConcurrentHashMap<>();
    private volatile boolean ranges = true;

    public LocalCsvServer(Path root) {
        this.root = root;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());    // a slow scripted answer must not hold up the next request
        server.start();
    }

    public String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
    }

    public Path root() {
        return root;
    }

    public void script(String file, Script script) {
        scripts.put("/" + file, script);
    }

    /** Serve whole files only, ignoring {@code Range} like many dynamic servers do. */
    public void ignoreRanges() {
        ranges = false;
    }

    /** Body bytes sent for a file since the start. */
    public long bytesSent(String file) {
        AtomicLong n = bytesSent.get("/" + file);
        return n == null ? 0 : n.get();
    }

    public int hits(String file) {
        AtomicInteger n = hits.get("/" + file);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int number = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Script script = scripts.get(path);
            if (script != null) {
                script.answer(exchange, number);
                return;
            }
            serveFile(exchange);
        }
    }

    /** The answer without a script: the file, or its end, or 304, or 404. */
    public void serveFile(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String etag = "\"" + sha256(body).substring(0, 16) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Content-Type", "text/csv");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
        int from = ranges && range.matches() ? Integer.parseInt(range.group(1)) : 0;
        if (from > 0 && from >= body.length) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
            exchange.sendResponseHeaders(416, -1);
            return;
        }
        if (ranges && range.matches()) {
            exchange.getResponseHeaders().set("Content-Range",
                    "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        }
        exchange.sendResponseHeaders(ranges && range.matches() ? 206 : 200, body.length - from);
        bytesSent.computeIfAbsent(path, p -> new AtomicLong()).addAndGet(body.length - from);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, from, body.length - from);
        }
    }

    /** The line feeds in {@code bytes}: a file's lines, the last one counted only when it ends with one. */
    public static long lineFeeds(byte[] bytes) {
        long count = 0;
        for (byte b : bytes) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
