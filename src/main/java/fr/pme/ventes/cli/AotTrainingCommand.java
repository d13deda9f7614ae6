package fr.pme.ventes.cli;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.ExitCodes;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Hidden: the training run of the JDK 25 AOT cache (Maven profile {@code aot}, docker/Dockerfile.jvm). The cache
 * keeps, already linked, the classes the training loaded: a training on the bundled files alone left out the whole
 * HTTP download path (REST client, Vert.x, Netty: ~1,000 classes verified at every real start). So the bundled files
 * are served here over HTTP on 127.0.0.1, and the everyday commands run against them: a full import, an unchanged
 * re-run answered 304, then status and analyze.
 */
@Command(name = "entrainement-aot", hidden = true,
        description = "Exécution d'entraînement du cache AOT du JDK 25 : les fichiers intégrés servis en HTTP local, "
                + "puis run, run inchangé, status et analyze sur la base indiquée.",
        synopsisHeading = "Utilisation : ", descriptionHeading = "%n", optionListHeading = "%nOptions :%n")
class AotTrainingCommand implements Callable<Integer> {
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
        HttpServer server = vertx.createHttpServer().requestHandler(AotTrainingCommand::serveBundledFile)
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            String base = "http://127.0.0.1:" + server.actualPort() + "/";
            List<String> sources = new ArrayList<>();
            for (DataFile file : DataFile.values()) {
                sources.add("--" + file.label() + "=" + base + file.label() + ".csv");
            }
            String db = "--db=" + database.db;
            List<List<String>> steps = List.of(
                    concat(List.of("run", "--json", db), sources),       // full import over HTTP
                    concat(List.of("run", db), sources),                 // unchanged: 304, stored results, text summary
                    List.of("status", db),
                    List.of("analyze", "--json", db));
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
        } finally {
            server.close();
        }
    }

    /** GET /produits.csv, /magasins.csv, /ventes.csv: the bundled copy, with an ETag so that a re-run gets 304. */
    private static void serveBundledFile(HttpServerRequest request) {
        byte[] body = bundled(request.path());
        if (body == null) {
            request.response().setStatusCode(404).end();
            return;
        }
        String etag = "\"" + body.length + "-" + Arrays.hashCode(body) + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            request.response().setStatusCode(304).putHeader("ETag", etag).end();
            return;
        }
        request.response().putHeader("ETag", etag).putHeader("Content-Type", "text/csv; charset=utf-8")
                .end(Buffer.buffer(body));
    }

    private static byte[] bundled(String path) {
        for (DataFile file : DataFile.values()) {
            if (path.equals("/" + file.label() + ".csv")) {
                try (InputStream in = AotTrainingCommand.class.getClassLoader()
                        .getResourceAsStream("demo/" + file.label() + ".csv")) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
