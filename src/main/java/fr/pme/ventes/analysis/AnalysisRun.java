package fr.pme.ventes.analysis;

import java.util.Map;

/** All analyses of one execution, stored under {@code executionId}. */
public record AnalysisRun(long executionId, String executedAt, Map<Analysis, AnalysisResult> results) {

    public AnalysisResult get(Analysis analysis) {
        return results.get(analysis);
    }

    /** Total revenue in cents. */
    public long totalCents() {
        return ((Number) results.get(Analysis.CA_TOTAL).rows().get(0).get("ca_centimes")).longValue();
    }
}
