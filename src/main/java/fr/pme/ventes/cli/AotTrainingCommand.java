package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
import fr.pme.ventes.demo.SalesGenerator;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hidden: the training run of the JDK 25 AOT cache (Maven profile {@code aot}, docker/Dockerfile.jvm). The cache
 * keeps, already linked, the classes the training loaded: a training on the bundled files alone left out the whole
 * HTTP download path (REST client, Vert.x, Netty: ~1,000 classes verified at every real start). So the bundled files
 * are served here over HTTP on 127.0.0.1, and the everyday commands run against them: a full import, an unchanged
 * re-run answered 304, then status and analyze.
 *
 * <p>The cache also keeps the method profiles of the training, from which the JIT compiles the hot code of a real
 * run early instead of waiting for it to become hot again; 30 sales make nothing hot. So the training then imports,
 * into the same database (the datasource is opened once per process), {@value #VOLUME} generated sales of later
 * days and, their file having grown by {@value #GROWTH} rows, fetches only its end (--ajouts-seulement, HTTP Range).
 * Measured on 2026-12-03 (10 interleaved runs each): full import of 1 M sales 3.72 → 3.55 s, grown file of 10 M
 * sales with --ajouts-seulement 1.91 → 1.74 s, the client's 30 sales unchanged.
 */
@Command(name = "entrainement-aot", hidden = true,
        description = "Exécution d'entraînement du cache AOT du JDK 25 : les fichiers intégrés servis en HTTP local, "
                + "puis run, run inchangé, status et analyze sur la base indiquée ; enfin, dans la même base, "
                + "l'import de ventes générées puis de la fin ajoutée à leur fichier (--ajouts-seulement).",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class AotTrainingCommand implements Callable<Integer> {
    static final int VOLUME = 200_000;
    static final int GROWTH = 50_000;
    private static final Pattern OPEN_RANGE = Pattern.compile("bytes=(\\d+)-");

    @Mixin HelpOptions help;
    @Mixin DatabaseOption database;

    private final CommandLine.IFactory factory;
    private final Vertx vertx;

    AotTrainingCommand(CommandLine.IFactory factory, Vertx vertx) {
        this.factory = factory;
        this.vertx = vertx;
    }

    @Override
    public Integer call() throws Exception {
        Path served = Files.createTempDirectory("ventes-entrainement-aot");
        HttpServer server = vertx.createHttpServer().requestHandler(request -> serve(request, served))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            String base = "http://127.0.0.1:" + server.actualPort() + "/";
            String db = "--db=" + database.db;
            List<String> bundled = sources(base);
            int code = steps(List.of(
                    concat(List.of("run", "--json", db), bundled),       // full import over HTTP
                    concat(List.of("run", db), bundled),                 // unchanged: 304, stored results, text summary
                    List.of("status", db),
                    List.of("analyze", "--json", db)));
            if (code != ExitCodes.OK) {
                return code;
            }
            // Days after the bundled ones, as a file in date order brings them: written while read (DayStream).
            SalesGenerator generator = new SalesGenerator(42, 50, 30, LocalDate.of(2024, 1, 1));
            generator.writeAll(served, VOLUME);
            List<String> generated = sources(base + "genere/");
            code = steps(List.of(concat(List.of("run", "--json", db), generated)));
            if (code != ExitCodes.OK) {
                return code;
            }
            generator.writeAll(served, VOLUME + GROWTH);         // the same rows, then more: a file that grew
            return steps(List.of(concat(List.of("run", "--json", "--ajouts-seulement", db), generated)));
        } finally {
            server.close();
            deleteTree(served);
        }
    }

    private int steps(List<List<String>> steps) {
        for (List<String> step : steps) {
            String[] args = step.toArray(String[]::new);
            int code = CommandLineSetup.forArguments(factory, args).execute(args);
            if (code != ExitCodes.OK) {
                System.err.println("Erreur : l'étape « " + String.join(" ", args) + " » de l'entraînement a "
                        + "échoué (code " + code + ")");
                return code;
            }
        }
        return ExitCodes.OK;
    }

    private static List<String> sources(String base) {
        List<String> sources = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            sources.add("--" + file.label() + "=" + base + file.label() + ".csv");
        }
        return sources;
    }

    /** GET /produits.csv… (the bundled files) and /genere/produits.csv… (the generated ones); nothing else. */
    private static void serve(HttpServerRequest request, Path generated) {
        for (DataFile file : DataFile.values()) {
            String name = file.label() + ".csv";
            if (request.path().equals("/" + name)) {
                serveBundledFile(request, name);
                return;
            }
            if (request.path().equals("/genere/" + name)) {
                serveGeneratedFile(request, generated.resolve(name));
                return;
            }
        }
        request.response().setStatusCode(404).end();
    }

    /** The bundled copy, with an ETag so that a re-run gets 304. */
    private static void serveBundledFile(HttpServerRequest request, String name) {
        byte[] body;
        try (InputStream in = AotTrainingCommand.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = "\"" + body.length + "-" + Arrays.hashCode(body) + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            request.response().setStatusCode(304).putHeader("ETag", etag).end();
            return;
        }
        request.response().putHeader("ETag", etag).putHeader("Content-Type", "text/csv; charset=utf-8")
                .end(Buffer.buffer(body));
    }

    /** A generated file, whole or from the offset of {@code Range: bytes=N-} (what --ajouts-seulement asks). */
    private static void serveGeneratedFile(HttpServerRequest request, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            request.response().setStatusCode(404).end();
            return;
        }
        Matcher range = OPEN_RANGE.matcher(String.valueOf(request.getHeader("Range")));
        long from = 0;
        if (range.matches()) {
            from = Long.parseLong(range.group(1));
            request.response().setStatusCode(206)
                    .putHeader("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
        }
        request.response().putHeader("Content-Type", "text/csv; charset=utf-8").sendFile(file.toString(), from);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
