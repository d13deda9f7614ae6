package fr.pme.ventes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The versions of a source kept in a landing folder, read the way a person would: each description
 * ({@code .properties}) and the bytes it describes, from its own {@code .csv} or, for a version kept as the beginning
 * of a newer file ({@code debut-de}), the first {@code octets} bytes of that file.
 */
public final class LandedVersions {
    private LandedVersions() {
    }

    /** The descriptions in {@code folder}, newest first. */
    public static List<Path> descriptions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    public static Properties read(Path description) throws IOException {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(description)) {
            meta.load(in);
        }
        return meta;
    }

    /** The bytes of the version {@code description} describes. */
    public static byte[] bytes(Path description) throws IOException {
        Properties meta = read(description);
        String beginningOf = meta.getProperty("debut-de");
        if (beginningOf == null) {
            return Files.readAllBytes(description.resolveSibling(
                    description.getFileName().toString().replace(".properties", ".csv")));
        }
        try (InputStream in = Files.newInputStream(description.resolveSibling(beginningOf))) {
            return in.readNBytes(Integer.parseInt(meta.getProperty("octets")));
        }
    }
}
