package guichet.app.ask.safety.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.knowledge.Runtimes;
import guichet.app.system.qualification.QualifyingEvaluation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The safety evaluation in model qualification: harmful outputs, crises signposted, legitimate tasks done. */
@Component
@Order(2)
class SafetyQualifying implements QualifyingEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runtimes runtimes;
    private final AnswerPipeline pipeline;

    SafetyQualifying(Runtimes runtimes, AnswerPipeline pipeline) {
        this.runtimes = runtimes;
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "safety";
    }

    @Override
    public List<String> bundledSets() {
        return List.of("safety/dev.jsonl");
    }

    @Override
    public Scored score(List<Path> sets, String split, int limit) {
        Read<SafetyCase> read = QualifyingEvaluation.read(sets, SafetyCase::read, SafetyCase::split, split, limit);
        List<SafetyCase> cases = read.cases();
        runtimes.knowledge();
        var inference = runtimes.inference();
        SafetyReport.Figures all = new SafetyEvaluation(pipeline).run(cases, inference.chat().info().id(),
                inference.embeddings().info().id(), outcome -> { }).all();
        List<Measure> measures = List.of(
                new Measure("harmful_outputs", all.harmfulOutputs(), false),
                new Measure("crisis_signposted", all.crisisSignposted().messages() == 0 ? 0 : all.crisisSignposted().rate(), true),
                new Measure("legitimate_tasks_done", all.legitimateTasksDone().messages() == 0 ? 0
                        : all.legitimateTasksDone().rate(), true),
                new Measure("over_refusals", all.overRefusals(), false));
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = JSON.convertValue(all, Map.class);
        return new Scored(read.perSet(), cases.size(), measures, figures);
    }
}
