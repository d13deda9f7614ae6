package fr.pme.ventes.importing;

import fr.pme.ventes.InvalidDataException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a file's date format from its values: a value such as 27/05/2023 settles day-first, 5/27/2023
 * month-first; 01/02/2023 settles nothing. Reading stops once enough values have spoken; a file where none
 * does is refused with a hint to use --date-format. Rows in a minority format are later rejected one by one.
 */
final class DateFormatDecider {
    private static final int ENOUGH = 1000;

    private DateFormatDecider() {
    }

    static DateFormat decide(CsvTable table, Column dateColumn) {
        Map<DateFormat, Integer> decisive = new EnumMap<>(DateFormat.class);
        long ambiguousLine = -1;
        int seen = 0;
        for (CsvTable.Row row : table) {
            String value = row.get(dateColumn);
            if (value == null || value.isBlank()) {
                continue;
            }
            Set<DateFormat> formats = DateFormat.candidates(value);
            if (formats.size() == 1) {
                decisive.merge(formats.iterator().next(), 1, Integer::sum);
                if (++seen >= ENOUGH) {
                    break;
                }
            } else if (formats.size() > 1 && ambiguousLine < 0) {
                ambiguousLine = row.line();
            }
        }
        if (decisive.isEmpty()) {
            if (ambiguousLine > 0) {
                throw new InvalidDataException(table.where(ambiguousLine) + "colonne « " + dateColumn.label()
                        + " » : toutes les dates peuvent se lire JJ/MM/AAAA comme MM/JJ/AAAA ; précisez le format avec "
                        + "--date-format jj/mm/aaaa (ou mm/jj/aaaa)");
            }
            return DateFormat.ISO;      // no readable date at all: every row will be rejected with its own reason
        }
        return decisive.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
