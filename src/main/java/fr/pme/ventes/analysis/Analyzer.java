package fr.pme.ventes.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Jdbc;
import fr.pme.ventes.storage.SqlScript;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every query of sql/analyses and stores its rows with the execution, so results keep their history, along with
 * the analyses as --json prints them (see {@link ResultsJson}).
 */
@ApplicationScoped
public class Analyzer {
    private static final Logger LOG = Logger.getLogger(Analyzer.class);
    private static final TypeReference<List<LinkedHashMap<String, Object>>> ROWS = new TypeReference<>() {
    };

    private final Database database;
    private final ObjectMapper json;

    Analyzer(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Computes all analyses and stores them, in one transaction; {@code importId} may be null. */
    public AnalysisRun analyzeAndStore(Long importId) {
        return database.inTransaction(connection -> {
            String now = Instant.now().toString();
            long execution = Jdbc.insert(connection, "resultats/commencer_execution.sql", importId, now);
            LOG.debugf("analyses started (execution %d)", execution);
            Map<Analysis, AnalysisResult> results = new EnumMap<>(Analysis.class);
            try (PreparedStatement store = Jdbc.prepare(connection, "resultats/enregistrer_resultat.sql")) {
                for (Analysis analysis : Analysis.values()) {
                    long started = System.nanoTime();
                    AnalysisResult result = compute(connection, analysis);
                    LOG.debugf("analysis %s: %d ms", analysis.key(), (System.nanoTime() - started) / 1_000_000);
                    results.put(analysis, result);
                    int rank = 0;
                    for (String row : ResultsJson.rowsAsStored(result.rows())) {
                        Jdbc.bind(store, execution, analysis.key(), ++rank, row);
                        store.addBatch();
                    }
                }
                store.executeBatch();
            }
            String printed = ResultsJson.printed(results);
            Jdbc.update(connection, "resultats/enregistrer_sortie_json.sql", printed, execution);
            return new AnalysisRun(new StoredResults(execution, now, printed), results);
        });
    }

    /** The results stored by the latest execution, if any, as maps. */
    public Optional<AnalysisRun> latest() {
        return latestStored().map(this::read);
    }

    /** The latest execution of the analyses, if any: when it ran and its printed form, its rows left unread. */
    public Optional<StoredResults> latestStored() {
        return database.read(connection -> Jdbc.query(connection, "resultats/derniere_execution.sql",
                r -> new StoredResults(r.getLong(1), r.getString(2), r.getString(3))).stream().findFirst());
    }

    /**
     * The latest execution, if any, to print as --json: its printed form alone, the rows left unread. Empty when
     * it was stored before migration 4, without that form: the caller computes the analyses again.
     */
    public Optional<StoredResults> latestPrinted() {
        return latestStored().filter(latest -> latest.printed() != null);
    }

    /** The rows stored by {@code stored} as maps, the form of freshly computed ones. */
    public AnalysisRun read(StoredResults stored) {
        Map<Analysis, List<Map<String, Object>>> rows = new EnumMap<>(Analysis.class);
        for (Object[] array : database.read(connection -> Jdbc.query(connection, "resultats/lire_resultats.sql",
                r -> new Object[]{r.getString(1), r.getString(2)}, stored.executionId()))) {
            Analysis analysis;
            try {
                analysis = Analysis.fromKey((String) array[0]);
            } catch (IllegalArgumentException unknown) {
                continue;       // an analysis stored by another version of the tool
            }
            rows.put(analysis, fromJson((String) array[1]));
        }
        Map<Analysis, AnalysisResult> results = new EnumMap<>(Analysis.class);
        for (Analysis analysis : Analysis.values()) {
            results.put(analysis, new AnalysisResult(analysis, SqlScript.title(analysis.script()),
                    rows.getOrDefault(analysis, new ArrayList<>())));
        }
        return new AnalysisRun(stored, results);
    }

    /**
     * False when an import changed data after these results were computed: a run killed between its import's commit
     * and its analyses' commit leaves such stale results, and the next run must recompute them (issue 8).
     */
    public boolean upToDate(StoredResults run) {
        Instant computed = Instant.parse(run.executedAt());
        return database.read(connection -> Jdbc.query(connection, "resultats/imports_avec_changements.sql",
                r -> Instant.parse(r.getString(1)))).stream().noneMatch(started -> started.isAfter(computed));
    }

    /** Every analysis computed now from the stored sales, without storing anything (ventes verifier). */
    public Map<Analysis, AnalysisResult> computeNow() {
        return database.read(connection -> {
            Map<Analysis, AnalysisResult> results = new EnumMap<>(Analysis.class);
            for (Analysis analysis : Analysis.values()) {
                results.put(analysis, compute(connection, analysis));
            }
            return results;
        });
    }

    private static AnalysisResult compute(Connection connection, Analysis analysis) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, analysis.script());
             ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            String[] labels = new String[meta.getColumnCount()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = meta.getColumnLabel(i + 1);     // once: SQLite's driver asks the engine at each call
            }
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < labels.length; i++) {
                    row.put(labels[i], normalize(result.getObject(i + 1)));
                }
                rows.add(row);
            }
        }
        return new AnalysisResult(analysis, SqlScript.title(analysis.script()), rows);
    }

    /**
     * Whole numbers as Long whatever width the driver chose, so stored and fresh results compare equal; PostgreSQL's
     * numeric (the type of sum() over 64-bit integers, and of round(x, 2)) as Long when whole, else as Double,
     * which is what SQLite gives for the same queries (issue #9: the same figures on both engines).
     */
    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.scale() <= 0 ? (Object) decimal.longValueExact() : (Object) decimal.doubleValue();
        }
        return value;
    }

    /** The rows of one analysis, stored one JSON object each and read back as one array (one parse, not thousands). */
    private List<Map<String, Object>> fromJson(String array) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : json.readValue(array, ROWS)) {
                row.replaceAll((k, v) -> normalize(v));
                rows.add(row);
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored analysis rows are not JSON: " + array, e);
        }
    }
}
