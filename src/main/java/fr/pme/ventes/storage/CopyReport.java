package fr.pme.ventes.storage;

import java.util.Map;

/**
 * What `ventes copier` did: the two databases (as fit for messages) and the row counts and control totals that were
 * found equal on both sides before the copy was committed.
 */
public record CopyReport(String from, String to, Map<String, Long> totals) {
}
