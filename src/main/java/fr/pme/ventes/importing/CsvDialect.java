package fr.pme.ventes.importing;

import org.mozilla.universalchardet.UniversalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file is written: its character set, whether it starts with a byte-order mark, and its delimiter.
 * Decided from the first bytes, as spreadsheets export one way for a whole file.
 */
record CsvDialect(Charset charset, int bomLength, char delimiter) {
    private static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvDialect sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        Charset charset = bom > 0 || isUtf8(head, head.length == SAMPLE) ? StandardCharsets.UTF_8 : guessLegacy(head);
        String firstLine = firstLine(new String(head, bom, head.length - bom, charset));
        return new CsvDialect(charset, bom, delimiterOf(firstLine));
    }

    /**
     * UTF-8 when the sample's multi-byte sequences are mostly valid UTF-8 (a sequence cut at the sample's end is
     * ignored). A UTF-8 export with one damaged row stays UTF-8, so only that row is rejected (issue 8); a
     * Windows-1252 file, whose accented letters are never valid UTF-8 sequences, is not taken for UTF-8.
     */
    private static boolean isUtf8(byte[] head, boolean truncated) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < head.length) {
            int b = head[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            if (length > 0 && i + length > head.length && truncated) {
                break;
            }
            boolean ok = length > 0 && i + length <= head.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (head[i + k] & 0xc0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid == 0 || valid > invalid;
    }

    /** Not UTF-8: ask juniversalchardet; French spreadsheets outside UTF-8 are Windows-1252 in practice. */
    private static Charset guessLegacy(byte[] head) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(head, 0, head.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null && Charset.isSupported(name) && !name.equalsIgnoreCase("UTF-8")) {
            Charset detected = Charset.forName(name);
            // ISO-8859-1 is a subset of windows-1252 for printable text; prefer the superset (€, œ, ’).
            return detected.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : detected;
        }
        return WINDOWS_1252;
    }

    private static String firstLine(String text) {
        int end = 0;
        boolean quoted = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return text.substring(0, end);
    }

    /** The candidate that splits the header into the most fields, outside quotes; comma when none appears. */
    private static char delimiterOf(String header) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
