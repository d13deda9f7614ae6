package fr.pme.ventes.analysis;

/**
 * One execution of the analyses as stored: when it ran, and its analyses as --json prints them (see
 * {@link ResultsJson}), printed as they are by a re-run with unchanged sources (issue #7). Its rows, one JSON object
 * each in analyses_resultats, are read only when wanted ({@link Analyzer#read}).
 *
 * @param printed null for an execution stored before migration 4
 */
public record StoredResults(long executionId, String executedAt, String printed) {
}
