package guichet.app.system.qualification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An evaluation a feature contributes to model qualification ({@code guichet models qualify}): it scores the
 * configured chat model on labelled cases, as the feature runs it, and says which figures it measured. The features
 * register theirs (answers, safety, triage); qualification knows none of them.
 */
public interface QualifyingEvaluation {

    /** Its name in the report, the settings and {@code --set NAME=FILE}: {@code answers}, {@code safety}, {@code triage}. */
    String name();

    /** Its sets shipped in the jar, under {@code qualification/}, read when the operator gives none. */
    List<String> bundledSets();

    /**
     * Scores the cases of {@code split} in {@code sets} (files in the evaluation's own format), or {@code limit} of
     * them spread over the sets when {@code limit > 0}; loads the models and the index it needs.
     *
     * @throws IllegalArgumentException when a set has a line the evaluation cannot read
     */
    Scored score(List<Path> sets, String split, int limit);

    /**
     * What an evaluation measured.
     *
     * @param casesPerSet the cases of the split in each set, in order
     * @param cases the cases scored
     * @param measures the figures the bar may hold it to
     * @param figures its headline figures, for the report
     */
    record Scored(List<Integer> casesPerSet, int cases, List<Measure> measures, Map<String, Object> figures) {
    }

    /**
     * One figure.
     *
     * @param name its name within the evaluation ({@code citation_hit_rate})
     * @param value the figure
     * @param higherIsBetter whether the bar is a minimum (else a maximum)
     */
    record Measure(String name, double value, boolean higherIsBetter) {
    }

    /**
     * The cases of {@code split} in each set, read by the evaluation's own {@code reader}, then {@code limit} of them
     * spread over all the sets (all when {@code limit <= 0}).
     */
    static <T> Read<T> read(List<Path> sets, Function<Path, List<T>> reader, Function<T, String> splitOf, String split,
                            int limit) {
        List<Integer> perSet = new ArrayList<>();
        List<T> cases = new ArrayList<>();
        for (Path set : sets) {
            List<T> inSplit = reader.apply(set).stream().filter(c -> splitOf.apply(c).equals(split)).toList();
            perSet.add(inSplit.size());
            cases.addAll(inSplit);
        }
        return new Read<>(List.copyOf(perSet), spread(cases, limit));
    }

    /**
     * Cases read for scoring.
     *
     * @param perSet the cases of the split in each set, in order
     * @param cases the cases to score
     */
    record Read<T>(List<Integer> perSet, List<T> cases) {
    }

    /** {@code limit} cases spread evenly over {@code cases} (every language and kind in the set), or all of them. */
    static <T> List<T> spread(List<T> cases, int limit) {
        if (limit <= 0 || cases.size() <= limit) {
            return cases;
        }
        List<T> sample = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            sample.add(cases.get((int) ((long) i * cases.size() / limit)));
        }
        return sample;
    }
}
