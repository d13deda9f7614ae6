package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.LandedVersions;
import fr.pme.ventes.LocalCsvServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versions kept in a real landing folder: a file that grew at its end keeps the versions it grew from as
 * descriptions of its beginning, each still readable byte for byte, found again for the next download, and counted
 * by the retention like any other.
 */
class LandingZoneTest {
    private static final String URL = "http://127.0.0.1/ventes.csv";

    @TempDir
    Path tmp;

    LandingZone landing;

    Path folder() {
        return tmp.resolve("ventes");
    }

    /** Lands {@code bytes} as a new download of their own. */
    DownloadedFile land(byte[] bytes) throws IOException {
        Path temporary = Files.write(landing.newTemporaryFile(DataFile.VENTES), bytes);
        return landing.publish(temporary, download(bytes), null, LocalCsvServer.lineFeeds(bytes));
    }

    /** Lands {@code grown} by extending the landed file of {@code from}, whose bytes are its beginning. */
    DownloadedFile grow(DownloadedFile from, byte[] grown) throws IOException {
        Path newBytes = Files.write(landing.newTemporaryFile(DataFile.VENTES),
                Arrays.copyOfRange(grown, (int) from.size(), grown.length));
        Path joined = landing.extend(DataFile.VENTES, from.path(), newBytes);
        Files.delete(newBytes);
        return landing.publish(joined, download(grown), from.path(), LocalCsvServer.lineFeeds(grown));
    }

    DownloadedFile download(byte[] bytes) throws IOException {
        pauseForANewTimeStamp();
        return new DownloadedFile(DataFile.VENTES, URL, null, LocalCsvServer.sha256(bytes), bytes.length, null, null, false);
    }

    static void pauseForANewTimeStamp() {
        try {
            Thread.sleep(3);    // landed names are stamped to the millisecond
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PreviousDownload imported(DownloadedFile download) {
        return new PreviousDownload(URL, null, null, download.sha256(), download.size());
    }

    @Test
    void aFileThatGrewKeepsTheVersionsItGrewFromAsItsBeginning() throws IOException {
        landing = new LandingZone(tmp, 3);
        byte[] first = TailRequestTest.bytes(1_000);
        byte[] second = TailRequestTest.bytes(1_500);
        byte[] third = TailRequestTest.bytes(2_200);
        DownloadedFile a = land(first);
        DownloadedFile b = grow(a, second);
        DownloadedFile c = grow(b, third);

        assertEquals(List.of(c.path()), landing.files(DataFile.VENTES), "one file holds the three versions");
        List<Path> versions = LandedVersions.descriptions(folder());
        assertEquals(3, versions.size(), versions.toString());
        assertArrayEquals(third, LandedVersions.bytes(versions.get(0)));
        assertArrayEquals(second, LandedVersions.bytes(versions.get(1)));
        assertArrayEquals(first, LandedVersions.bytes(versions.get(2)));
        for (Path older : versions.subList(1, 3)) {
            assertEquals(c.path().getFileName().toString(), LandedVersions.read(older).getProperty("debut-de"),
                    "an older beginning follows the file it is in: " + older);
        }
        assertEquals(Files.getPosixFilePermissions(versions.get(0)), Files.getPosixFilePermissions(versions.get(2)),
                "a description rewritten is made like the others");
        assertEquals(Optional.of(c.path()), landing.copyOf(DataFile.VENTES, imported(a)),
                "the version last imported is found in the file it is the beginning of");
        assertEquals(Optional.of(c.path()), landing.copyOf(DataFile.VENTES, imported(c)));
        assertEquals(List.of(100L, 150L, 220L),
                Stream.of(a, b, c).map(v -> landing.lineFeeds(DataFile.VENTES, imported(v))).toList(),
                "each version keeps its line feeds, to number the lines that follow it");

        DownloadedFile d = grow(c, TailRequestTest.bytes(3_000));
        versions = LandedVersions.descriptions(folder());
        assertEquals(3, versions.size(), "the oldest version is forgotten beyond the retention count: " + versions);
        assertArrayEquals(third, LandedVersions.bytes(versions.get(1)));
        assertArrayEquals(second, LandedVersions.bytes(versions.get(2)));
        assertEquals(Optional.empty(), landing.copyOf(DataFile.VENTES, imported(a)), "forgotten");
        assertEquals(-1, landing.lineFeeds(DataFile.VENTES, imported(a)), "forgotten");
        assertEquals(List.of(d.path()), landing.files(DataFile.VENTES));
        assertEquals(List.of(), leftovers(), "no temporary file left");
    }

    @Test
    void aFileGrownButNotPublishedIsPutBackAsItWas() throws IOException {
        landing = new LandingZone(tmp, 3);
        byte[] first = TailRequestTest.bytes(1_000);
        DownloadedFile a = land(first);
        Path newBytes = Files.write(landing.newTemporaryFile(DataFile.VENTES), TailRequestTest.bytes(500));
        Path joined = landing.extend(DataFile.VENTES, a.path(), newBytes);
        assertTrue(Files.notExists(a.path()), "moved out while being extended");

        LandingZone.restore(joined, first.length, a.path());
        assertArrayEquals(first, Files.readAllBytes(a.path()));
        assertEquals(Optional.of(a.path()), landing.copyOf(DataFile.VENTES, imported(a)));
        assertNull(LandedVersions.read(LandedVersions.descriptions(folder()).get(0)).getProperty("debut-de"));
    }

    @Test
    void aBeginningWhoseFileIsGoneOrShorterIsNotACopy() throws IOException {
        landing = new LandingZone(tmp, 3);
        DownloadedFile a = land(TailRequestTest.bytes(1_000));
        DownloadedFile b = grow(a, TailRequestTest.bytes(1_500));
        Files.write(b.path(), TailRequestTest.bytes(900));
        assertEquals(Optional.empty(), landing.copyOf(DataFile.VENTES, imported(a)));
        Files.delete(b.path());
        assertEquals(Optional.empty(), landing.copyOf(DataFile.VENTES, imported(a)));
        assertEquals(Optional.empty(), landing.copyOf(DataFile.VENTES, imported(b)));
    }

    List<Path> leftovers() throws IOException {
        try (var files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
