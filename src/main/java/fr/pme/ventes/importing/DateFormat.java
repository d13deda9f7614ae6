package fr.pme.ventes.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The date spellings met in the client's files. One is chosen per file, from all its values. */
public enum DateFormat {
    ISO("AAAA-MM-JJ"),
    JOUR_MOIS_ANNEE("JJ/MM/AAAA"),
    MOIS_JOUR_ANNEE("MM/JJ/AAAA");

    private final String pattern;

    DateFormat(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    /** Accepts the names a user may type for --date-format: iso, jj/mm/aaaa, dd/MM/yyyy, mm/jj/aaaa, MM/dd/yyyy. */
    public static DateFormat fromOption(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("yyyy", "aaaa").replace("dd", "jj");
        return switch (t) {
            case "iso", "aaaa-mm-jj" -> ISO;
            case "jj/mm/aaaa", "fr", "francais", "français" -> JOUR_MOIS_ANNEE;
            case "mm/jj/aaaa", "us", "americain", "américain" -> MOIS_JOUR_ANNEE;
            default -> throw new IllegalArgumentException("format de date inconnu : " + text
                    + " (valeurs possibles : iso, jj/mm/aaaa, mm/jj/aaaa)");
        };
    }

    /** Parses one value, or returns null when it is not a real date in this format (31/02 included). */
    LocalDate parse(String value) {
        int[] parts = split(value, this == ISO ? '-' : '/');
        if (parts == null) {
            return null;
        }
        int year;
        int month;
        int day;
        switch (this) {
            case ISO -> { year = parts[0]; month = parts[1]; day = parts[2]; }
            case JOUR_MOIS_ANNEE -> { day = parts[0]; month = parts[1]; year = parts[2]; }
            default -> { month = parts[0]; day = parts[1]; year = parts[2]; }
        }
        if (year < 1900 || year > 2999) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The formats under which a value is a valid date. */
    static Set<DateFormat> candidates(String value) {
        Set<DateFormat> formats = EnumSet.noneOf(DateFormat.class);
        for (DateFormat format : values()) {
            if (format.parse(value) != null) {
                formats.add(format);
            }
        }
        return formats;
    }

    /** Three numeric parts separated by {@code separator}; the year has 4 digits (first for ISO, last otherwise). */
    private int[] split(String value, char separator) {
        int from = 0;
        int to = value.length();
        while (from < to && Character.isWhitespace(value.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
            to--;
        }
        // One pass over the characters, without substrings: this runs for every row (issue #7).
        int yearIndex = this == ISO ? 0 : 2;
        int[] parts = new int[3];
        int part = 0;
        int length = 0;
        int number = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? value.charAt(i) : separator;      // the end closes the last part
            if (c == separator) {
                boolean year = part == yearIndex;
                if (part == 3 || length == 0 || (year ? length != 4 : length > 2)) {
                    return null;
                }
                parts[part++] = number;
                length = 0;
                number = 0;
            } else if (c >= '0' && c <= '9' && length < 4) {
                number = number * 10 + (c - '0');
                length++;
            } else {
                return null;
            }
        }
        return part == 3 ? parts : null;
    }
}
