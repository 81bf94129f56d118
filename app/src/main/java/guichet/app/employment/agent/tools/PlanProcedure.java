package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.ask.pipeline.Citation;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.agent.tools.ToolResult;
import guichet.app.employment.plan.Plans;
import guichet.app.employment.plan.Procedure;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@code plan_procedure}: a step-by-step plan from the guidance; the citizen's progress is kept. */
@Component
public class PlanProcedure implements Tool {

    public static final String NAME = "plan_procedure";

    private final Plans plans;
    private final EmploymentTexts texts;

    PlanProcedure(Plans plans, EmploymentTexts texts) {
        this.plans = plans;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
        return Schemas.oneOf(Schemas.object(), "procedure", List.of(planned.path("procedure").asText()));
    }

    @Override
    public ToolResult run(JsonNode arguments, ToolContext context) {
        String id = Schemas.require(arguments, "procedure", plans.procedures().stream().map(Procedure::id).toList());
        Procedure procedure = plans.procedure(id).orElseThrow();
        Plans.Plan plan = plans.start(context.owner(), procedure);
        String language = context.language();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("journey.plan.heading", language, procedure.title(language)));
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < procedure.steps().size(); i++) {
            Procedure.Step step = procedure.steps().get(i);
            lines.add(texts.text("journey.plan.step", language, i + 1, step.text(language), step.source().url(),
                    plan.done().get(i) ? texts.text("journey.plan.done", language) : ""));
            String[] parts = step.source().url().split("#", 2);
            Citation citation = new Citation(step.source().title(), step.source().url(), parts.length == 2 ? parts[1] : "",
                    parts[0]);
            if (!citations.contains(citation)) {
                citations.add(citation);
            }
        }
        return new ToolResult(NAME, ToolResult.Status.OK, String.join("\n", lines), plan, citations);
    }
}
