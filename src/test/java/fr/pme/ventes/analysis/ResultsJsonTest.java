package fr.pme.ventes.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored and the printed (--json) forms of computed results. */
class ResultsJsonTest {

    @Test
    void centsBecomeExactEurosWithoutTrailingZerosAndEverythingElseIsCopied() {
        Map<Analysis, AnalysisResult> results = new EnumMap<>(Analysis.class);
        put(results, Analysis.CA_TOTAL, row("ventes", 3L, "ca_centimes", 526878L));
        put(results, Analysis.PAR_PRODUIT,
                row("reference", "R\"1", "nom", "Crème brûlée", "quantite", 24L, "ca_centimes", 79980L),
                row("reference", "R2", "nom", null, "quantite", 0L, "ca_centimes", 100000L),
                row("ca_centimes", 5L), row("ca_centimes", -150L), row("ca_centimes", 12345.0), row("ca_centimes", null),
                row("part", 0.4567, "grand", 1.0E7, "entier", 12345678901L));
        put(results, Analysis.PANIER_MOYEN, row("panier_centimes", 1234L, "ventes", 3L));

        assertEquals("{\"ca_total\":5268.78,"
                + "\"par_produit\":[{\"reference\":\"R\\\"1\",\"nom\":\"Crème brûlée\",\"quantite\":24,\"ca\":799.8},"
                + "{\"reference\":\"R2\",\"nom\":null,\"quantite\":0,\"ca\":1000},"
                + "{\"ca\":0.05},{\"ca\":-1.5},{\"ca\":123.45},{\"ca\":null},"
                + "{\"part\":0.4567,\"grand\":1.0E7,\"entier\":12345678901}],"
                + "\"par_region\":[],\"par_ville\":[],\"par_jour\":[],\"par_jour_semaine\":[],\"ca_par_salarie\":[],"
                + "\"panier_moyen\":{\"panier\":12.34,\"ventes\":3},"
                + "\"panier_moyen_par_magasin\":[],\"part_produit_par_region\":[]}", ResultsJson.printed(results));
    }

    @Test
    void anEmptyTotalAndAnEmptyOneRowAnalysisAreNull() {
        Map<Analysis, AnalysisResult> results = new EnumMap<>(Analysis.class);
        put(results, Analysis.CA_TOTAL, row("ca_centimes", null));

        String printed = ResultsJson.printed(results);

        assertEquals("{\"ca_total\":null,", printed.substring(0, 17));
        assertTrue(printed.contains("\"panier_moyen\":null,"), printed);
    }

    /** Rows are stored as ObjectMapper wrote them before: old and new executions read back alike. */
    @Test
    void eachRowIsStoredAsTheObjectMapperWritesTheSameMap() throws Exception {
        List<Map<String, Object>> rows = List.of(
                row("reference", "R\"1\\\u0001", "nom", "Île-de-France", "quantite", 24L, "ca_centimes", 79980L),
                row("nom", null, "part", 0.4567, "grand", 1.0E7, "petit", 1.0E-7, "negatif", -3L, "oui", true),
                row());
        ObjectMapper mapper = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            expected.add(mapper.writeValueAsString(row));
        }

        assertEquals(expected, ResultsJson.rowsAsStored(rows));
    }

    @Test
    void aValueOfAnUnexpectedTypeIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> ResultsJson.rowsAsStored(List.of(row("jour", LocalDate.of(2026, 12, 3)))));
    }

    @SafeVarargs
    private static void put(Map<Analysis, AnalysisResult> results, Analysis analysis, Map<String, Object>... rows) {
        results.put(analysis, new AnalysisResult(analysis, analysis.key(), Arrays.asList(rows)));
    }

    /** A row of alternating column labels and values, in order. */
    private static Map<String, Object> row(Object... labelsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            row.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return row;
    }
}
