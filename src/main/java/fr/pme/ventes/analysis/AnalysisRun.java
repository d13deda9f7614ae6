package fr.pme.ventes.analysis;

import java.util.Map;

/** All analyses of one execution: their rows as stored, and the same rows as maps. */
public record AnalysisRun(StoredResults stored, Map<Analysis, AnalysisResult> results) {

    public long executionId() {
        return stored.executionId();
    }

    public String executedAt() {
        return stored.executedAt();
    }

    public AnalysisResult get(Analysis analysis) {
        return results.get(analysis);
    }

    /** Total revenue in cents. */
    public long totalCents() {
        return ((Number) results.get(Analysis.CA_TOTAL).rows().get(0).get("ca_centimes")).longValue();
    }
}
