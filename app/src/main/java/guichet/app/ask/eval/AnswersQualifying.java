package guichet.app.ask.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.settings.AskProperties;
import guichet.app.knowledge.Runtimes;
import guichet.app.system.qualification.QualifyingEvaluation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The answers evaluation in model qualification: citations, strict correctness and refusals at the configured gate. */
@Component
@Order(1)
class AnswersQualifying implements QualifyingEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runtimes runtimes;
    private final AnswerPipeline pipeline;
    private final AskProperties properties;

    AnswersQualifying(Runtimes runtimes, AnswerPipeline pipeline, AskProperties properties) {
        this.runtimes = runtimes;
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "answers";
    }

    @Override
    public List<String> bundledSets() {
        return List.of("answers/en.jsonl", "answers/fr.jsonl");
    }

    @Override
    public Scored score(List<Path> sets, String split, int limit) {
        Read<AnswerCase> read = QualifyingEvaluation.read(sets, AnswerCase::read, AnswerCase::split, split, limit);
        List<AnswerCase> cases = read.cases();
        runtimes.knowledge();
        var inference = runtimes.inference();
        AnswerEvaluationReport report = new AnswerEvaluation(pipeline, properties.minRelevance()).run(cases,
                inference.chat().info().id(), inference.embeddings().info().id(), outcome -> { });
        SplitFigures all = report.splits().stream().filter(s -> s.split().equals(SplitFigures.ALL)).findFirst().orElseThrow();
        // the measure enum of this package is hidden here by the interface's nested Measure
        List<QualifyingEvaluation.Measure> measures = List.of(
                new QualifyingEvaluation.Measure("citation_hit_rate", rate(all.figure(guichet.app.ask.eval.Measure.CITATION_HIT)), true),
                new QualifyingEvaluation.Measure("strict_correctness", rate(all.figure(guichet.app.ask.eval.Measure.STRICT_CORRECT)), true),
                new QualifyingEvaluation.Measure("correct_refusals", rate(all.figure(guichet.app.ask.eval.Measure.CORRECT_REFUSALS)), true),
                new QualifyingEvaluation.Measure("answerable_refused", rate(all.figure(guichet.app.ask.eval.Measure.ANSWERABLE_REFUSED)), false),
                new QualifyingEvaluation.Measure("answered_uncovered", rate(all.figure(guichet.app.ask.eval.Measure.ANSWERED_UNCOVERED)), false));
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = JSON.convertValue(all, Map.class);
        return new Scored(read.perSet(), cases.size(), measures, figures);
    }

    /** A rate over no question counts as 0: nothing was shown. */
    private static double rate(Figure figure) {
        return figure.rate() == null ? 0 : figure.rate();
    }
}
