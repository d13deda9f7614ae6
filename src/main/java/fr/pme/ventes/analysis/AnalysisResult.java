package fr.pme.ventes.analysis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one analysis returned, as stored: column label to value, money in integer cents ({@code *_centimes}).
 *
 * @param title the French title the query opens with
 */
public record AnalysisResult(Analysis analysis, String title, List<Map<String, Object>> rows) {

    /** The rows for people: every {@code x_centimes} column becomes {@code x} in euros (exact decimal). */
    public List<Map<String, Object>> inEuros() {
        return rows.stream().map(AnalysisResult::inEuros).toList();
    }

    public static Map<String, Object> inEuros(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (column.endsWith("_centimes")) {
                out.put(column.substring(0, column.length() - "_centimes".length()),
                        value == null ? null : BigDecimal.valueOf(((Number) value).longValue(), 2));
            } else {
                out.put(column, value);
            }
        });
        return out;
    }
}
