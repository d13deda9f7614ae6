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
        String v = value.strip();
        int first = v.indexOf(separator);
        int second = first < 0 ? -1 : v.indexOf(separator, first + 1);
        if (first <= 0 || second < 0 || v.indexOf(separator, second + 1) >= 0) {
            return null;
        }
        String[] texts = {v.substring(0, first), v.substring(first + 1, second), v.substring(second + 1)};
        int yearIndex = this == ISO ? 0 : 2;
        int[] parts = new int[3];
        for (int i = 0; i < 3; i++) {
            String t = texts[i];
            int maxLength = i == yearIndex ? 4 : 2;
            if (t.isEmpty() || t.length() > maxLength || (i == yearIndex && t.length() != 4)) {
                return null;
            }
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                    return null;
                }
            }
            parts[i] = Integer.parseInt(t);
        }
        return parts;
    }
}
