package fr.pme.ventes.analysis;

import java.util.Map;

/**
 * The rows of every analysis of one execution as they are stored: per analysis, one JSON array of objects, column
 * label to value, money in integer cents ({@code *_centimes}); and the same analyses as --json prints them
 * (see {@link ResultsJson}). Read back without being parsed (issue #7).
 *
 * @param rows    null when not read: only the printed form was ({@link Analyzer#latestPrinted}), or the results
 *                were just computed (their rows are the maps of {@link AnalysisRun})
 * @param printed null for an execution stored before migration 4
 */
public record StoredResults(long executionId, String executedAt, Map<Analysis, String> rows, String printed) {

    /** The JSON array of {@code analysis}; an empty one when that analysis was not stored. */
    public String rowsOf(Analysis analysis) {
        if (rows == null) {
            throw new IllegalStateException("rows of execution " + executionId + " not read");
        }
        return rows.getOrDefault(analysis, "[]");
    }
}
