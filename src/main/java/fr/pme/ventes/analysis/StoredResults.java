package fr.pme.ventes.analysis;

import java.util.Map;

/**
 * The rows of every analysis of one execution as they are stored: per analysis, one JSON array of objects, column
 * label to value, money in integer cents ({@code *_centimes}). Read back without being parsed, so that a re-run
 * which prints them as JSON does not build thousands of maps only to write them out again (issue #7).
 *
 * @param rows            null when only the printed form was read ({@link Analyzer#latestPrinted})
 * @param printedAsStored the analyses as --json prints them, stored with the rows since migration 4; null before
 */
public record StoredResults(long executionId, String executedAt, Map<Analysis, String> rows,
                            String printedAsStored) {

    /** The JSON array of {@code analysis}; an empty one when that analysis was not stored. */
    public String rowsOf(Analysis analysis) {
        if (rows == null) {
            throw new IllegalStateException("rows of execution " + executionId + " not read");
        }
        return rows.getOrDefault(analysis, "[]");
    }

    /** The analyses as --json prints them (see {@link PrintedAnalyses}), converted from the rows if not stored. */
    public String printed() {
        return printedAsStored != null ? printedAsStored : PrintedAnalyses.of(rows);
    }
}
