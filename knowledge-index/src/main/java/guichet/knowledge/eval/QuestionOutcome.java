package guichet.knowledge.eval;

import guichet.knowledge.SearchQuery;

import java.util.List;

/**
 * How one question fared: for each mode and level, the rank of its first expected document and the
 * search's time; and the time its embedding took.
 */
public record QuestionOutcome(RetrievalEvaluation.Question question, double embeddingMillis, List<Run> runs) {

    /**
     * One search.
     *
     * @param rank 1-based rank of the first expected document among the first {@link RankFigures#DEPTH}
     *             results, 0 when none is there
     */
    public record Run(SearchQuery.Mode mode, Level level, int rank, double millis) {
    }

    public QuestionOutcome {
        runs = List.copyOf(runs);
    }

    /** The search in this mode at this level. */
    public Run run(SearchQuery.Mode mode, Level level) {
        return runs.stream().filter(r -> r.mode() == mode && r.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + mode + " search of " + level));
    }
}
