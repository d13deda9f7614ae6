package fr.pme.ventes.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.analysis.StoredResults;
import fr.pme.ventes.importing.FileReport;
import fr.pme.ventes.importing.ImportReport;
import fr.pme.ventes.importing.Rejection;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The --json contract: one JSON document on stdout, money in euros as plain decimal numbers. */
final class JsonPrinter {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String CENTS = "_centimes";
    private final ObjectMapper mapper;
    private final PrintStream out;

    JsonPrinter(ObjectMapper mapper, PrintStream out) {
        this.mapper = mapper.copy()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.INDENT_OUTPUT);
        this.out = out;
    }

    void print(Map<String, Object> document) {
        try {
            out.println(mapper.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> downloads(Map<DataFile, DownloadedFile> files) {
        Map<String, Object> out = new LinkedHashMap<>();
        files.forEach((file, f) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("statut", f.unchanged() ? "inchange" : "telecharge");
            one.put("url", f.url());
            one.put("octets", f.size());
            one.put("octets_recus", f.received());
            one.put("sha256", f.sha256());
            one.put("etag", f.etag());
            one.put("fichier", f.path() == null ? null : f.path().toString());
            out.put(file.label(), one);
        });
        return out;
    }

    static Map<String, Object> imports(ImportReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FileReport f : report.files().values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("statut", f.status());
            one.put("lues", f.read());
            one.put("inserees", f.inserted());
            one.put("mises_a_jour", f.updated());
            one.put("inchangees", f.unchanged());
            one.put("rejetees", f.rejected());
            one.put("nouvelles_versions", f.newVersions());
            one.put("url", f.url());
            one.put("avertissements", f.warnings());
            out.put(f.file().label(), one);
        }
        return out;
    }

    static List<Map<String, Object>> rejections(List<Rejection> rejections) {
        return rejections.stream().map(r -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("fichier", r.file().label());
            one.put("ligne", r.line());
            one.put("colonne", r.column());
            one.put("motif", r.reason());
            one.put("contenu", r.content());
            return one;
        }).toList();
    }

    /**
     * Each analysis under its key; a one-row analysis as an object, ca_total as the bare number the contract names.
     * Each is copied, token by token, from the JSON array it is stored as, every {@code x_centimes} column becoming
     * {@code x} in euros (an exact decimal, 799.80 → 799.8). Building maps from the ~6,000 stored rows of a 10 M
     * sales database and writing them out again was ~0.13 s of a 0.7 s re-run with unchanged sources (measured by
     * leaving them out); this copy saves ~0.05 s of it (issue #7).
     */
    static Map<String, Object> analyses(StoredResults run) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Analysis analysis : Analysis.values()) {
            out.put(analysis.key(), new RawValue(inEuros(analysis, run.rowsOf(analysis))));
        }
        return out;
    }

    private static String inEuros(Analysis analysis, String storedRows) {
        StringWriter text = new StringWriter();
        try (JsonParser in = JSON.createParser(storedRows); JsonGenerator out = JSON.createGenerator(text)) {
            out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
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
        } catch (IOException e) {
            throw new IllegalStateException("Stored analysis rows are not JSON: " + storedRows, e);
        }
        return text.toString();
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
