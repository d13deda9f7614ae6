package fr.pme.ventes.analysis;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money and figures written the French way: "5 268,78 €", "12,5 %". */
public final class Euros {
    private Euros() {
    }

    public static String format(long cents) {
        return format(BigDecimal.valueOf(cents, 2));
    }

    public static String format(BigDecimal euros) {
        return pattern("#,##0.00").format(euros) + " €";
    }

    public static String number(long n) {
        return pattern("#,##0").format(n);
    }

    public static String percent(double value) {
        return pattern("0.0").format(value) + " %";
    }

    /** Plain spaces as thousands separators (not U+202F), so output greps and reads the same everywhere. */
    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
