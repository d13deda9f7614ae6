package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The download folder: one sub-folder per source, named after the source's fixed label (never after anything the
 * server says). A download is written to a temporary file and renamed into place only once complete and verified.
 */
public final class LandingZone {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final int keep;

    public LandingZone(Path root, int keep) {
        this.root = root;
        this.keep = Math.max(1, keep);
    }

    public Path root() {
        return root;
    }

    Path newTemporaryFile(DataFile file) throws IOException {
        Path folder = Files.createDirectories(root.resolve(file.label()));
        return Files.createTempFile(folder, ".telechargement-", ".part");
    }

    /**
     * Moves a verified download into place, atomically, next to a small description of where it came from
     * (written first, so a landed CSV always has one), and forgets the oldest ones beyond the retention count.
     */
    DownloadedFile publish(Path temporary, DownloadedFile download) throws IOException {
        Path folder = root.resolve(download.file().label());
        Optional<DownloadedFile> newest = latest(download.file());
        if (newest.isPresent() && newest.get().sha256().equals(download.sha256())) {
            // Fetched again but not imported in between (e.g. two "ventes fetch"): the landed copy will do.
            return download.at(newest.get().path());
        }
        String name = STAMP.format(Instant.now()) + "-" + download.sha256().substring(0, 12);
        Properties meta = new Properties();
        meta.setProperty("url", download.url());
        meta.setProperty("sha256", download.sha256());
        meta.setProperty("octets", Long.toString(download.size()));
        if (download.etag() != null) {
            meta.setProperty("etag", download.etag());
        }
        if (download.lastModified() != null) {
            meta.setProperty("last-modified", download.lastModified());
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(name + ".properties"))) {
            meta.store(out, "ventes-pme: origin of " + name + ".csv");
        }
        Path target = folder.resolve(name + ".csv");
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        prune(download.file());
        return download.at(target);
    }

    /**
     * Turns the landed copy of the last import into the beginning of a new download: moved out of the landing zone
     * (its description removed: it no longer describes the file) and followed by {@code newBytes}. Returns the
     * temporary file to {@link #publish}, or null when the copy is gone (taken by a run at the same time).
     */
    Path extend(DataFile file, Path landed, Path newBytes) throws IOException {
        Path joined = newTemporaryFile(file);
        try {
            Files.move(landed, joined, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(joined);
            return null;
        }
        Files.deleteIfExists(description(landed));
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.APPEND)) {
            Files.copy(newBytes, out);
        }
        return joined;
    }

    private static Path description(Path csv) {
        return csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".properties"));
    }

    /** The newest landed file of a source, described as when it was downloaded; empty when none landed. */
    public Optional<DownloadedFile> latest(DataFile file) {
        for (Path csv : files(file)) {
            Path description = description(csv);
            if (!Files.isRegularFile(description)) {
                continue;
            }
            Properties meta = new Properties();
            try (Reader in = Files.newBufferedReader(description)) {
                meta.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of(new DownloadedFile(file, meta.getProperty("url"), csv, meta.getProperty("sha256"),
                    Long.parseLong(meta.getProperty("octets")), meta.getProperty("etag"),
                    meta.getProperty("last-modified"), false));
        }
        return Optional.empty();
    }

    /** The landed body last imported, found by its hash and size (fully checked only when read); empty when pruned. */
    Optional<Path> copyOf(DataFile file, PreviousDownload imported) {
        if (imported.sha256() == null || imported.sha256().length() < 12) {
            return Optional.empty();
        }
        String suffix = "-" + imported.sha256().substring(0, 12) + ".csv";
        return files(file).stream()
                .filter(csv -> csv.getFileName().toString().endsWith(suffix) && sizeOf(csv) == imported.size())
                .findFirst();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The landed files of a source, newest first. */
    public List<Path> files(DataFile file) {
        Path folder = root.resolve(file.label());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune(DataFile file) throws IOException {
        removeStaleTemporaryFiles(root.resolve(file.label()));
        List<Path> landed = files(file);
        for (Path old : landed.subList(Math.min(keep, landed.size()), landed.size())) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(description(old));
        }
    }

    /** Partial downloads left by a run that was killed (a running download's file is recent: left alone). */
    private static void removeStaleTemporaryFiles(Path folder) throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path part : entries.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }
}
