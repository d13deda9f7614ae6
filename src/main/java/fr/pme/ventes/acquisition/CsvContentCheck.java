package fr.pme.ventes.acquisition;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Refuses what is obviously not a CSV file: nothing, a web page (typically a sign-in page), or binary data. */
final class CsvContentCheck {
    /** Bytes looked at, from the start of the body. */
    static final int SAMPLE = 8192;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    private CsvContentCheck() {
    }

    /**
     * @param head the first {@link #SAMPLE} bytes of the body (fewer when it is shorter)
     * @return a French description of what was received instead of CSV, or null when it looks like text
     */
    static String problem(byte[] head, String contentType) {
        if (head.length == 0) {
            return "un contenu vide";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (type.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html")
                || start.startsWith("<?xml") || start.startsWith("<head") || start.startsWith("<body")) {
            String title = title(new String(head, StandardCharsets.UTF_8));
            return "une page HTML" + (title == null ? "" : " « " + title + " »");
        }
        if (start.isBlank()) {
            return "un contenu sans aucune donnée (seulement des blancs)";
        }
        for (byte b : head) {
            if (b == 0) {
                return "un fichier binaire (octet nul)";
            }
        }
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.contains("zip") || type.contains("pdf") || type.contains("octet-stream") && looksBinary(head)) {
            return "un contenu binaire";
        }
        return null;
    }

    /** The page's title, to tell a sign-in page from an error page; null when none. */
    private static String title(String html) {
        Matcher m = TITLE.matcher(html);
        if (!m.find()) {
            return null;
        }
        String title = m.group(1).replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? null : title.length() > 80 ? title.substring(0, 80) + "…" : title;
    }

    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x09 || (c > 0x0d && c < 0x20)) {
                control++;
            }
        }
        return control * 20 > head.length;
    }
}
