package fr.pme.ventes.fiabilite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged CLI (target/ventes.jar, or the native executable under the pom's native profile) as a real
 * operating-system process, the way cron or a person starts it: so it can be killed with SIGKILL, or run twice at
 * once on one database.
 */
final class Cli {
    static final Path JAR = Path.of("target/ventes.jar").toAbsolutePath();
    /** The native executable to start instead of the jar (system property ventes.executable), or null. */
    static final Path EXECUTABLE = executable(System.getProperty("ventes.executable"));

    /** A finished run. */
    record Result(int exitCode, String out, String err) {
    }

    /** A running process whose stderr lines are collected, with the time each arrived. */
    static final class Running {
        final Process process;
        final long startedNanos = System.nanoTime();
        final List<String> errLines = new CopyOnWriteArrayList<>();
        final List<Long> errNanos = new CopyOnWriteArrayList<>();
        private final StringBuffer out = new StringBuffer();
        private final Thread outReader;
        private final Thread errReader;

        Running(Process process) {
            this.process = process;
            outReader = pump(process.getInputStream(), line -> out.append(line).append('\n'));
            errReader = pump(process.getErrorStream(), line -> {
                errNanos.add(System.nanoTime());
                errLines.add(line);
            });
        }

        /** Waits until a stderr line matches (true) or the process ends first (false). */
        boolean awaitErr(Predicate<String> matches, long timeoutMillis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                if (errLines.stream().anyMatch(matches)) {
                    return true;
                }
                if (!process.isAlive()) {
                    errReader.join(2000);
                    return errLines.stream().anyMatch(matches);
                }
                Thread.sleep(2);
            }
            throw new IllegalStateException("no stderr line matched within " + timeoutMillis + " ms: " + errLines);
        }

        /** SIGKILL (destroyForcibly on Linux): no shutdown hook, no finally block runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }

        Result await(long timeoutSeconds) throws InterruptedException {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ventes did not finish in " + timeoutSeconds + " s; stderr: " + errLines);
            }
            outReader.join(5000);
            errReader.join(5000);
            return new Result(process.exitValue(), out.toString(), String.join("\n", errLines));
        }

        private static Thread pump(InputStream stream, java.util.function.Consumer<String> sink) {
            Thread thread = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line; (line = reader.readLine()) != null; ) {
                        sink.accept(line);
                    }
                } catch (IOException ignored) {
                    // the process was killed: its pipe closed
                }
            });
            thread.setDaemon(true);
            thread.start();
            return thread;
        }
    }

    private Cli() {
    }

    private static Path executable(String property) {
        return property == null || property.isBlank() ? null : Path.of(property).toAbsolutePath();
    }

    /**
     * Starts {@code ventes args} in {@code dir}; {@code jvmProperties} are -D settings (e.g. DEBUG logs), which a
     * native executable takes before the arguments too. The native executable is pointed at the sqlite-jdbc library
     * its build exported beside it (target/native-lib), as docker/Dockerfile.native does.
     */
    static Running start(Path dir, List<String> jvmProperties, String... args) {
        Path program = EXECUTABLE != null ? EXECUTABLE : JAR;
        if (!Files.isRegularFile(program)) {
            throw new IllegalStateException(program + " is missing: run these tests with ./mvnw verify (after package)");
        }
        List<String> command = new ArrayList<>();
        if (EXECUTABLE != null) {
            command.add(EXECUTABLE.toString());
            command.add("-Xmx512m");
            command.add("-Dorg.sqlite.lib.path=" + EXECUTABLE.resolveSibling("native-lib"));
            command.addAll(jvmProperties);
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xmx512m");
            command.addAll(jvmProperties);
            command.add("-jar");
            command.add(JAR.toString());
        }
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("VENTES_"));
            return new Running(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(Path dir, String... args) throws InterruptedException {
        return start(dir, List.of(), args).await(600);
    }
}
