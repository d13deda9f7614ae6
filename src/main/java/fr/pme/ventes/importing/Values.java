package fr.pme.ventes.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Parsers for the cells of the client's files; each refuses with a French reason rather than guessing. */
final class Values {
    static final int MAX_QUANTITY = 1_000_000;
    static final long MAX_PRICE_CENTS = 100_000_000_00L;

    private Values() {
    }

    static String text(CsvTable.Row row, Column column) throws RejectedValue {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new RejectedValue(column, "valeur manquante");
        }
        checkCharacters(column, value);
        return value.strip();
    }

    static void checkCharacters(Column column, String value) throws RejectedValue {
        if (value.indexOf('\uFFFD') >= 0) {
            throw new RejectedValue(column, "octets invalides pour l'encodage du fichier (caractère illisible)");
        }
        if (value.indexOf('\uFEFF') >= 0) {
            throw new RejectedValue(column, "marque d'ordre d'octets (BOM) au milieu du fichier : fichiers mis bout à bout ?");
        }
    }

    /** A positive whole quantity: "5"; "2,5", "0", "-1" or "1e9" are refused. */
    static int quantity(CsvTable.Row row, Column column) throws RejectedValue {
        String value = text(row, column);
        long n = wholeNumber(column, value);
        if (n <= 0) {
            throw new RejectedValue(column, "quantité non positive : " + value);
        }
        if (n > MAX_QUANTITY) {
            throw new RejectedValue(column, "quantité invraisemblable (plus de " + MAX_QUANTITY + ") : " + value);
        }
        return (int) n;
    }

    /** A whole number written with digits only (an optional sign; spaces as thousands separators). One pass, no copy. */
    static long wholeNumber(Column column, String value) throws RejectedValue {
        long n = 0;
        int digits = 0;
        boolean negative = false;
        boolean signAllowed = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F') {
                continue;
            }
            if (signAllowed && (c == '-' || c == '+')) {
                negative = c == '-';
                signAllowed = false;
                continue;
            }
            signAllowed = false;
            if (c < '0' || c > '9' || ++digits > 12) {
                throw new RejectedValue(column, "nombre entier attendu : " + value);
            }
            n = n * 10 + (c - '0');
        }
        if (digits == 0) {
            throw new RejectedValue(column, "nombre entier attendu : " + value);
        }
        return negative ? -n : n;
    }

    /**
     * A price in euros to integer cents: "49.99", "49,99", "1 234,56", "1.234,56", "49,99 €".
     * More than two decimals, another currency, or a negative amount are refused.
     */
    static long priceCents(CsvTable.Row row, Column column) throws RejectedValue {
        String value = text(row, column);
        String s = value.replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
        if (s.endsWith("€")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.toUpperCase(java.util.Locale.ROOT).endsWith("EUR")) {
            s = s.substring(0, s.length() - 3);
        }
        if (s.startsWith("-")) {
            throw new RejectedValue(column, "prix négatif : " + value);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        char decimal = comma > dot ? ',' : '.';
        char grouping = decimal == ',' ? '.' : ',';
        String plain = s.replace(String.valueOf(grouping), "");
        if (plain.indexOf(decimal) != plain.lastIndexOf(decimal)) {
            throw new RejectedValue(column, "prix illisible : " + value);
        }
        plain = plain.replace(decimal, '.');
        if (!plain.matches("\\d+(\\.\\d{1,2})?|\\.\\d{1,2}")) {
            throw new RejectedValue(column, plain.matches("\\d*\\.\\d{3,}")
                    ? "prix avec plus de deux décimales : " + value
                    : "prix illisible (nombre en euros attendu, par exemple 49,99) : " + value);
        }
        BigDecimal cents = new BigDecimal(plain).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (cents.compareTo(BigDecimal.valueOf(MAX_PRICE_CENTS)) > 0) {
            throw new RejectedValue(column, "prix invraisemblable : " + value);
        }
        return cents.longValueExact();
    }
}
