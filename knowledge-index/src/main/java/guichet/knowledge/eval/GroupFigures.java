package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import guichet.knowledge.SearchQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rank figures of one group of questions (a split, a wording kind, or both) for each mode, at the
 * passage and at the document level.
 *
 * @param split {@code tune}, {@code validate} or {@code all}
 * @param wording a wording kind of the set, or {@code all}
 */
@JsonPropertyOrder({"split", "wording", "questions", "bm25", "dense", "hybrid"})
public record GroupFigures(String split, String wording, int questions, ByLevel<RankFigures> bm25,
                           ByLevel<RankFigures> dense, ByLevel<RankFigures> hybrid) {

    public static final String ALL = "all";

    /** The figures of these questions. */
    public static GroupFigures of(String split, String wording, List<QuestionOutcome> outcomes, Bootstrap bootstrap) {
        return new GroupFigures(split, wording, outcomes.size(), figures(SearchQuery.Mode.BM25, outcomes, bootstrap),
                figures(SearchQuery.Mode.DENSE, outcomes, bootstrap), figures(SearchQuery.Mode.HYBRID, outcomes, bootstrap));
    }

    /**
     * Every split of the set ({@code tune}, {@code validate}, then all the questions) and within each every
     * wording kind, all wordings first. A set without splits or wordings gives the one group of all.
     */
    public static List<GroupFigures> perGroup(List<QuestionOutcome> outcomes, Bootstrap bootstrap) {
        List<String> splits = new ArrayList<>(RetrievalEvaluation.SPLITS.stream()
                .filter(s -> outcomes.stream().anyMatch(o -> s.equals(o.question().split()))).toList());
        if (splits.size() != 1 || outcomes.stream().anyMatch(o -> o.question().split().isEmpty())) {
            splits.add(ALL);
        }
        TreeSet<String> wordings = new TreeSet<>(outcomes.stream().map(o -> o.question().wording())
                .filter(w -> !w.isEmpty()).toList());
        List<GroupFigures> groups = new ArrayList<>();
        for (String split : splits) {
            List<QuestionOutcome> inSplit = outcomes.stream()
                    .filter(o -> split.equals(ALL) || split.equals(o.question().split())).toList();
            groups.add(of(split, ALL, inSplit, bootstrap));
            for (String wording : wordings) {
                List<QuestionOutcome> worded = inSplit.stream()
                        .filter(o -> Objects.equals(wording, o.question().wording())).toList();
                if (!worded.isEmpty()) {
                    groups.add(of(split, wording, worded, bootstrap));
                }
            }
        }
        return groups;
    }

    /** The figures of one mode. */
    public ByLevel<RankFigures> of(SearchQuery.Mode mode) {
        return switch (mode) {
            case BM25 -> bm25;
            case DENSE -> dense;
            case HYBRID -> hybrid;
        };
    }

    private static ByLevel<RankFigures> figures(SearchQuery.Mode mode, List<QuestionOutcome> outcomes,
                                                Bootstrap bootstrap) {
        return ByLevel.of(level -> RankFigures.of(outcomes.stream().map(o -> o.run(mode, level).rank()).toList(),
                bootstrap));
    }
}
