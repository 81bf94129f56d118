package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.ask.pipeline.Citation;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.agent.tools.ToolResult;
import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.eligibility.EligibilityOutcomes;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.eligibility.GuidanceSource;
import guichet.app.employment.memory.CitizenMemory;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** {@code check_eligibility}: one benefit's declarative rules applied to the citizen's situation. */
@Component
public class CheckEligibility implements Tool {

    public static final String NAME = "check_eligibility";

    private final EligibilityEngine engine;
    private final EligibilityOutcomes outcomes;
    private final CitizenMemory memory;
    private final EmploymentTexts texts;

    CheckEligibility(EligibilityEngine engine, EligibilityOutcomes outcomes, CitizenMemory memory, EmploymentTexts texts) {
        this.engine = engine;
        this.outcomes = outcomes;
        this.memory = memory;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
        return Schemas.oneOf(Schemas.object(), "benefit", List.of(planned.path("benefit").asText()));
    }

    @Override
    public ToolResult run(JsonNode arguments, ToolContext context) {
        String benefit = Schemas.require(arguments, "benefit", engine.rules().ids());
        EligibilityResult result = engine.evaluate(benefit, context.situation(), context.day(), context.language());
        if (memory.remembers(context.owner())) {
            outcomes.save(context.owner(), result);
        }
        String language = context.language();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("journey.eligibility.heading", language, result.title(),
                texts.text("journey.outcome." + result.outcome().wireName(), language)));
        result.failed().forEach(f -> lines.add(texts.text("journey.eligibility.failed", language, f.text(), f.source().url())));
        result.missing().forEach(m -> lines.add(texts.text("journey.eligibility.missing", language, m.text(), m.source().url())));
        if (result.amount() != null) {
            lines.add(texts.text("journey.eligibility.amount", language, result.amount().text(),
                    result.amount().source().url()));
        }
        List<Citation> citations = result.citations().stream().map(CheckEligibility::citation).toList();
        return new ToolResult(NAME, ToolResult.Status.OK, String.join("\n", lines), result, citations);
    }

    static Citation citation(GuidanceSource source) {
        String[] parts = source.url().split("#", 2);
        return new Citation(source.title(), source.url(), parts.length == 2 ? parts[1] : "", parts[0]);
    }

    static String money(EligibilityResult.AmountResult amount) {
        return amount.value().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
