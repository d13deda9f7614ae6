package fr.pme.ventes.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The analyses of one execution as the --json contract prints them: one object, each analysis under its key, a
 * one-row analysis as an object, ca_total as the bare number the contract names, and every {@code x_centimes} column
 * as {@code x} in euros (an exact decimal, 799.80 → 799.8). Each analysis is copied, token by token, from the JSON
 * array its rows are stored as.
 *
 * <p>Written once, when the results are stored, next to them ({@code analyses_executions.sortie_json}): a re-run
 * with unchanged sources prints that text as it is. Reading the ~6,000 stored rows of a 10 M sales database and
 * converting them, in code the JIT has not compiled yet, was ~0.1 s of a ~0.75 s re-run (issue #7).
 */
public final class PrintedAnalyses {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String CENTS = "_centimes";

    private PrintedAnalyses() {
    }

    /** The object printed for {@code rows}, the stored JSON array of each analysis (an absent one as empty). */
    public static String of(Map<Analysis, String> rows) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            out.writeStartObject();
            for (Analysis analysis : Analysis.values()) {
                out.writeFieldName(analysis.key());
                copy(analysis, rows.getOrDefault(analysis, "[]"), out);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void copy(Analysis analysis, String storedRows, JsonGenerator out) throws IOException {
        try (JsonParser in = JSON.createParser(storedRows)) {
            expect(in, JsonToken.START_ARRAY);
            if (analysis == Analysis.CA_TOTAL) {
                totalInEuros(in, out);
            } else if (analysis.single()) {
                if (in.nextToken() == JsonToken.START_OBJECT) {
                    copyRow(in, out);
                } else {
                    out.writeNull();
                }
            } else {
                out.writeStartArray();
                while (in.nextToken() == JsonToken.START_OBJECT) {
                    copyRow(in, out);
                }
                out.writeEndArray();
            }
        } catch (JsonParseException e) {
            throw new IllegalStateException("Stored analysis rows are not JSON: " + storedRows, e);
        }
    }

    /** The value of ca_centimes in the first row, in euros. */
    private static void totalInEuros(JsonParser in, JsonGenerator out) throws IOException {
        if (in.nextToken() == JsonToken.START_OBJECT) {
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String column = in.currentName();
                in.nextToken();
                if (column.equals("ca_centimes")) {
                    writeEuros(in, out);
                    return;
                }
                in.skipChildren();
            }
        }
        out.writeNull();
    }

    /** One row object, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void copyRow(JsonParser in, JsonGenerator out) throws IOException {
        out.writeStartObject();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String column = in.currentName();
            in.nextToken();
            if (column.endsWith(CENTS)) {
                out.writeFieldName(column.substring(0, column.length() - CENTS.length()));
                writeEuros(in, out);
            } else {
                out.writeFieldName(column);
                copyValue(in, out);
            }
        }
        out.writeEndObject();
    }

    /** As the stored value read as Long, Double or String would be written (Analyzer's normalized types). */
    private static void copyValue(JsonParser in, JsonGenerator out) throws IOException {
        switch (in.currentToken()) {
            case VALUE_NUMBER_FLOAT -> out.writeNumber(in.getDoubleValue());
            case VALUE_NUMBER_INT, VALUE_STRING, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> out.copyCurrentEvent(in);
            default -> out.copyCurrentStructure(in);
        }
    }

    private static void writeEuros(JsonParser in, JsonGenerator out) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            out.writeNull();
        } else {
            out.writeNumber(BigDecimal.valueOf(in.getLongValue(), 2).stripTrailingZeros());
        }
    }

    private static void expect(JsonParser in, JsonToken token) throws IOException {
        if (in.nextToken() != token) {
            throw new JsonParseException(in, "expected " + token);
        }
    }
}
