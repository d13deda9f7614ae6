package fr.pme.ventes.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.analysis.StoredResults;
import fr.pme.ventes.importing.FileReport;
import fr.pme.ventes.importing.ImportReport;
import fr.pme.ventes.importing.Rejection;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The --json contract: one JSON document on stdout, money in euros as plain decimal numbers. */
final class JsonPrinter {
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
            one.put("import_incremental", incremental(f.incremental()));
            out.put(f.file().label(), one);
        }
        return out;
    }

    /** Null for a file read whole. */
    private static Map<String, Object> incremental(FileReport.Incremental incremental) {
        if (incremental == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lignes_deja_importees", incremental.rowsBefore());
        out.put("fin_seule_telechargee", incremental.onlyEndDownloaded());
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

    /** The analyses as stored with the results (written by the analysis stage, see {@code ResultsJson}). */
    static RawValue analyses(StoredResults run) {
        return new RawValue(Objects.requireNonNull(run.printed(), "analyses stored without their printed form"));
    }
}
