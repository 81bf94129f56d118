package guichet.app.system.evaluations;

import java.time.Instant;
import java.util.Map;

/**
 * The last run of one evaluation, as the transparency record shows it.
 *
 * @param name the evaluation ("answers", "safety", "triage", "journeys", "retrieval")
 * @param ranAt when it finished
 * @param set the file of cases it read
 * @param split the split it was limited to, empty for all
 * @param figures its headline figures (the report's numbers, without the per-case rows)
 */
public record EvaluationRun(String name, Instant ranAt, String set, String split, Map<String, Object> figures) {
}
