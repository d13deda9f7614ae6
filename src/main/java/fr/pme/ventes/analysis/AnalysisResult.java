package fr.pme.ventes.analysis;

import java.util.List;
import java.util.Map;

/**
 * The rows one analysis returned, as stored: column label to value, money in integer cents ({@code *_centimes}).
 *
 * @param title the French title the query opens with
 */
public record AnalysisResult(Analysis analysis, String title, List<Map<String, Object>> rows) {
}
