package guichet.app.desk.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.qualification.QualifyingEvaluation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The desk's triage in model qualification: urgent letters found, and the right team. */
@Component
@Order(3)
class TriageQualifying implements QualifyingEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TriageEvaluator evaluator;

    TriageQualifying(TriageEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public String name() {
        return "triage";
    }

    @Override
    public List<String> bundledSets() {
        return List.of("triage/dev.jsonl");
    }

    @Override
    public Scored score(List<Path> sets, String split, int limit) {
        // every labelled case of the split is checked, not only the ones a --limit keeps
        Read<TriageCase> read = QualifyingEvaluation.read(sets, TriageCase::read, TriageCase::split, split, 0);
        for (TriageCase labelled : read.cases()) {
            if (!List.of("urgent", "general").contains(labelled.urgency())
                    || !evaluator.categories().contains(labelled.category())) {
                throw new IllegalArgumentException(labelled.id() + ": urgency must be urgent or general and category "
                        + "one of " + evaluator.categories());
            }
        }
        List<TriageCase> cases = QualifyingEvaluation.spread(read.cases(), limit);
        TriageFigures all = evaluator.evaluate(cases, outcome -> { }).group(TriageFigures.ALL, TriageFigures.ALL);
        List<Measure> measures = List.of(
                new Measure("urgency_recall", rate(all.urgencyRecall().rate()), true),
                new Measure("urgency_precision", rate(all.urgencyPrecision().rate()), true),
                new Measure("category_accuracy", rate(all.categoryAccuracy().rate()), true));
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = JSON.convertValue(all, Map.class);
        return new Scored(read.perSet(), cases.size(), measures, figures);
    }

    private static double rate(Double rate) {
        return rate == null ? 0 : rate;
    }
}
