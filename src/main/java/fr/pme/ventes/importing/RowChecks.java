package fr.pme.ventes.importing;

import java.util.List;

/** Checks shared by the three files. */
final class RowChecks {
    private RowChecks() {
    }

    /** A row with more fields than the header was probably split on a separator inside a value. */
    static void fieldCount(CsvTable table, CsvTable.Row row) throws RejectedValue {
        if (row.size() > table.headerSize()) {
            throw new RejectedValue((String) null, "la ligne a " + row.size() + " champs alors que l'en-tête en a "
                    + table.headerSize() + " (séparateur « " + table.dialect().delimiter()
                    + " » dans une valeur non entourée de guillemets ?)");
        }
    }

    static Long optionalWholeNumber(CsvTable.Row row, Column column) throws RejectedValue {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        Values.checkCharacters(column, value);
        long n = Values.wholeNumber(column, value.strip());
        if (n < 0) {
            throw new RejectedValue(column, "nombre négatif : " + value);
        }
        return n;
    }

    static void warnIgnoredHeaders(CsvTable table, List<String> warnings) {
        if (!table.ignoredHeaders().isEmpty()) {
            warnings.add("colonnes inconnues ignorées : " + String.join(", ", table.ignoredHeaders()));
        }
    }
}
