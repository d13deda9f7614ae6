package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The download folder: one sub-folder per source, named after the source's fixed label (never after anything the
 * server says). A download is written to a temporary file and renamed into place only once complete and verified.
 *
 * <p>Each version kept is a description ({@code .properties}: address, sha256, size, line feeds, validators) and,
 * usually, the {@code .csv} it describes. A version that is only the beginning of a newer one (a sales file that grew
 * at its end) keeps its description alone, naming the file it is the beginning of ({@value #BEGINNING_OF}): its bytes
 * are the first {@code octets} bytes of that file. A growing 236 MB file kept five times took 1.2 GB, and writing
 * each new version cost a 236 MB copy (issue #7).
 */
public final class LandingZone {
    /** Description key of a version kept as the beginning of a newer landed file (that file's name). */
    static final String BEGINNING_OF = "debut-de";
    /** Description key of the line feeds of a version. */
    static final String LINE_FEEDS = "sauts-de-ligne";
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
     *
     * @param continued the landed file {@code temporary} was made of, extended at its end (see {@link #extend}), or
     *                  null. Its version, and those kept as its beginning, become the beginning of the new file.
     * @param lineFeeds the file's line feeds (-1: not counted), kept for {@link #lineFeeds}
     */
    DownloadedFile publish(Path temporary, DownloadedFile download, Path continued, long lineFeeds) throws IOException {
        Path folder = root.resolve(download.file().label());
        Optional<DownloadedFile> newest = latest(download.file());
        if (newest.isPresent() && newest.get().sha256().equals(download.sha256())) {
            // Fetched again but not imported in between (e.g. two "ventes fetch"): the landed copy will do (and a
            // copy extended into this one is put back by the caller, see ReceivedBody#discard).
            return download.at(newest.get().path());
        }
        String name = STAMP.format(Instant.now()) + "-" + download.sha256().substring(0, 12);
        Properties meta = new Properties();
        meta.setProperty("url", download.url());
        meta.setProperty("sha256", download.sha256());
        meta.setProperty("octets", Long.toString(download.size()));
        if (lineFeeds >= 0) {
            meta.setProperty(LINE_FEEDS, Long.toString(lineFeeds));
        }
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
        if (continued != null) {
            describeAsBeginning(folder, continued.getFileName().toString(), target);
        }
        prune(download.file());
        return download.at(target);
    }

    /**
     * The version of {@code extended} (a file name, now gone: it became the beginning of {@code newer}) and every
     * version kept as the beginning of it are now described as the beginning of {@code newer}.
     */
    private static void describeAsBeginning(Path folder, String extended, Path newer) throws IOException {
        for (Path description : descriptions(folder)) {
            String version = baseName(description.getFileName().toString());
            Properties meta = read(description);
            if (version.equals(baseName(extended)) || extended.equals(meta.getProperty(BEGINNING_OF))) {
                meta.setProperty(BEGINNING_OF, newer.getFileName().toString());
                Path rewritten = folder.resolve(".description-" + version + ".part");   // made as publish makes them
                try (Writer out = Files.newBufferedWriter(rewritten)) {
                    meta.store(out, "ventes-pme: origin of " + version + ", now the beginning of a newer file");
                }
                Files.move(rewritten, description, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Turns the landed copy of the last import into the beginning of a new download: moved out of the landing zone
     * and followed by {@code newBytes}. Its description stays: {@link #publish} turns it into the description of a
     * beginning. Returns the temporary file to publish, or null when the copy is gone (taken by a run at the same
     * time). Should the new download not be published, {@link #restore} puts the copy back. A run killed in
     * between leaves the copy's bytes in the temporary file (removed a day later) and its description naming no file:
     * the next run downloads and checks the whole file, as when no copy is kept; nothing imported depends on it.
     */
    Path extend(DataFile file, Path landed, Path newBytes) throws IOException {
        Path joined = newTemporaryFile(file);
        try {
            Files.move(landed, joined, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(joined);
            return null;
        }
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.APPEND)) {
            Files.copy(newBytes, out);
        }
        return joined;
    }

    /** Undoes {@link #extend}: {@code joined}, cut back to its first {@code size} bytes, is {@code landed} again. */
    static void restore(Path joined, long size, Path landed) throws IOException {
        try (FileChannel channel = FileChannel.open(joined, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        Files.move(joined, landed, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path description(Path csv) {
        return csv.resolveSibling(baseName(csv.getFileName().toString()) + ".properties");
    }

    private static String baseName(String fileName) {
        return fileName.replaceFirst("\\.(csv|properties)$", "");
    }

    private static Properties read(Path description) {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(description)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meta;
    }

    /** The newest landed file of a source, described as when it was downloaded; empty when none landed. */
    public Optional<DownloadedFile> latest(DataFile file) {
        for (Path csv : files(file)) {
            Path description = description(csv);
            if (!Files.isRegularFile(description)) {
                continue;
            }
            Properties meta = read(description);
            return Optional.of(new DownloadedFile(file, meta.getProperty("url"), csv, meta.getProperty("sha256"),
                    Long.parseLong(meta.getProperty("octets")), meta.getProperty("etag"),
                    meta.getProperty("last-modified"), false));
        }
        return Optional.empty();
    }

    /**
     * The landed body last imported, found by its hash and size (fully checked only when read): its own file, or the
     * newer file it is kept as the beginning of (then only its first {@code imported.size()} bytes are that body);
     * empty when pruned.
     */
    Optional<Path> copyOf(DataFile file, PreviousDownload imported) {
        if (imported.sha256() == null || imported.sha256().length() < 12) {
            return Optional.empty();
        }
        String suffix = "-" + imported.sha256().substring(0, 12) + ".csv";
        Optional<Path> own = files(file).stream()
                .filter(csv -> csv.getFileName().toString().endsWith(suffix) && sizeOf(csv) == imported.size())
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        Path folder = root.resolve(file.label());
        return descriptionsOf(file, imported)
                .map(meta -> meta.getProperty(BEGINNING_OF))
                .filter(Objects::nonNull)
                .findFirst()
                .map(folder::resolve)
                .filter(beginning -> sizeOf(beginning) >= imported.size());
    }

    /**
     * The line feeds of the landed body last imported, as its description keeps them; -1 when no description of it
     * keeps them (landed by an older version of this tool, or pruned).
     */
    long lineFeeds(DataFile file, PreviousDownload imported) {
        return descriptionsOf(file, imported).findFirst().map(meta -> {
            try {
                return Long.parseLong(meta.getProperty(LINE_FEEDS, "-1"));
            } catch (NumberFormatException edited) {
                return -1L;
            }
        }).orElse(-1L);
    }

    /** The descriptions of {@code imported}'s version (same sha256 and size), newest first. */
    private Stream<Properties> descriptionsOf(DataFile file, PreviousDownload imported) {
        return descriptions(root.resolve(file.label())).stream()
                .map(LandingZone::read)
                .filter(meta -> Objects.equals(imported.sha256(), meta.getProperty("sha256"))
                        && Long.toString(imported.size()).equals(meta.getProperty("octets")));
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
        return newestFirst(root.resolve(file.label()), ".csv");
    }

    private static List<Path> newestFirst(Path folder, String extension) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The descriptions of the versions kept of a source (with their own file or as a beginning), newest first. */
    private static List<Path> descriptions(Path folder) {
        return newestFirst(folder, ".properties");
    }

    /**
     * Forgets the versions beyond the retention count, oldest first. A version kept as a beginning always names a
     * newer file, so no version kept depends on one forgotten.
     */
    private void prune(DataFile file) throws IOException {
        Path folder = root.resolve(file.label());
        removeStaleTemporaryFiles(folder);
        TreeSet<String> versions = new TreeSet<>(Comparator.reverseOrder());
        for (Path csv : files(file)) {
            versions.add(baseName(csv.getFileName().toString()));
        }
        for (Path description : descriptions(folder)) {
            versions.add(baseName(description.getFileName().toString()));
        }
        for (String old : versions.stream().skip(keep).toList()) {
            Files.deleteIfExists(folder.resolve(old + ".csv"));
            Files.deleteIfExists(folder.resolve(old + ".properties"));
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
