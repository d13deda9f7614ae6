package fr.pme.ventes.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two JSON forms of freshly computed results, written straight from their rows (Jackson's streaming API):
 * <ul>
 *     <li>as stored, one object per row, column label to value, money in integer cents ({@code *_centimes});</li>
 *     <li>as the --json contract prints them: one object, each analysis under its key, a one-row analysis as an
 *     object, ca_total as the bare number the contract names, and every {@code x_centimes} column as {@code x} in
 *     euros (an exact decimal, 799.80 → 799.8). Stored with the rows ({@code analyses_executions.sortie_json}), so
 *     that a re-run with unchanged sources prints it as it is.</li>
 * </ul>
 * Issue #7: an unchanged re-run at 10 M sales used to read back the ~6,000 stored rows and convert them in code the
 * JIT had not compiled yet (~0.1 s of ~0.8 s); and the run that computes them wrote each row through
 * {@code ObjectMapper} then parsed them all again to print them.
 */
public final class ResultsJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String CENTS = "_centimes";

    private ResultsJson() {
    }

    /** Each row as the JSON object it is stored as, in order. */
    static List<String> rowsAsStored(List<Map<String, Object>> rows) {
        List<String> stored = new ArrayList<>(rows.size());
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartArray();
            for (Map<String, Object> row : rows) {
                out.flush();
                int start = text.getBuffer().length();
                out.writeStartObject();
                for (Map.Entry<String, Object> column : row.entrySet()) {
                    out.writeFieldName(column.getKey());
                    writeValue(out, column.getValue());
                }
                out.writeEndObject();
                out.flush();
                String written = text.getBuffer().substring(start);
                stored.add(written.startsWith(",") ? written.substring(1) : written);   // the array's separator
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    /** The analyses of {@code results} as --json prints them (an absent analysis as having no rows). */
    public static String printed(Map<Analysis, AnalysisResult> results) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            out.writeStartObject();
            for (Analysis analysis : Analysis.values()) {
                AnalysisResult result = results.get(analysis);
                List<Map<String, Object>> rows = result == null ? List.of() : result.rows();
                out.writeFieldName(analysis.key());
                if (analysis == Analysis.CA_TOTAL) {
                    writeEuros(out, rows.isEmpty() ? null : rows.get(0).get("ca_centimes"));
                } else if (analysis.single()) {
                    if (rows.isEmpty()) {
                        out.writeNull();
                    } else {
                        writePrintedRow(out, rows.get(0));
                    }
                } else {
                    out.writeStartArray();
                    for (Map<String, Object> row : rows) {
                        writePrintedRow(out, row);
                    }
                    out.writeEndArray();
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writePrintedRow(JsonGenerator out, Map<String, Object> row) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            String label = column.getKey();
            if (label.endsWith(CENTS)) {
                out.writeFieldName(label.substring(0, label.length() - CENTS.length()));
                writeEuros(out, column.getValue());
            } else {
                out.writeFieldName(label);
                writeValue(out, column.getValue());
            }
        }
        out.writeEndObject();
    }

    /** Integer cents as exact euros; a fractional amount of cents (never computed) would be truncated. */
    private static void writeEuros(JsonGenerator out, Object cents) throws IOException {
        if (cents == null) {
            out.writeNull();
        } else {
            out.writeNumber(BigDecimal.valueOf(((Number) cents).longValue(), 2).stripTrailingZeros());
        }
    }

    /** A value of a row, of one of the types {@link Analyzer} normalizes results to. */
    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Long whole) {
            out.writeNumber(whole);
        } else if (value instanceof Double decimal) {
            out.writeNumber(decimal);
        } else if (value instanceof String string) {
            out.writeString(string);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else {
            throw new IllegalStateException("analysis value of unexpected type " + value.getClass().getName());
        }
    }
}
