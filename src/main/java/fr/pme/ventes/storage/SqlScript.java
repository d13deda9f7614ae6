package fr.pme.ventes.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The only reader of the top-level sql/ folder, which the build puts on the classpath under /sql. */
public final class SqlScript {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlScript() {
    }

    /** Loads e.g. "import/merge_ventes.sql". A missing file is a packaging bug, not a user error. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, SqlScript::read);
    }

    /** The dialect's own version of a script when there is one (sql/import/postgresql/x.sql), else the shared one. */
    public static String load(Dialect dialect, String name) {
        String variant = dialect.variant(name);
        return variant != null && exists(variant) ? load(variant) : load(name);
    }

    /** True when the dialect has a script of that name, of its own or shared. */
    public static boolean exists(Dialect dialect, String name) {
        String variant = dialect.variant(name);
        return variant != null && exists(variant) || exists(name);
    }

    private static boolean exists(String name) {
        return CACHE.containsKey(name) || SqlScript.class.getResource("/sql/" + name) != null;
    }

    private static String read(String name) {
        try (InputStream in = SqlScript.class.getResourceAsStream("/sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The French title a script opens with ("-- Titre : …"), used as a heading in reports. */
    public static String title(String name) {
        return load(name).lines()
                .filter(line -> line.startsWith("-- Titre :"))
                .map(line -> line.substring("-- Titre :".length()).trim())
                .findFirst()
                .orElse(name);
    }
}
