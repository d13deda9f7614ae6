package fr.pme.ventes.analysis;

import java.util.Map;

/**
 * The rows of every analysis of one execution as they are stored: per analysis, one JSON array of objects, column
 * label to value, money in integer cents ({@code *_centimes}). Read back without being parsed, so that a re-run
 * which prints them as JSON does not build thousands of maps only to write them out again (issue #7).
 */
public record StoredResults(long executionId, String executedAt, Map<Analysis, String> rows) {

    /** The JSON array of {@code analysis}; an empty one when that analysis was not stored. */
    public String rowsOf(Analysis analysis) {
        return rows.getOrDefault(analysis, "[]");
    }
}
