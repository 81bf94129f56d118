package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.agent.tools.ToolResult;
import guichet.app.employment.catalogue.Catalogue;
import guichet.app.employment.catalogue.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code search_jobs} and {@code search_training}: the catalogue filtered by the citizen's region,
 * the hours they can work and their skills. Arguments: region (theirs or "any"), skills (theirs),
 * max_hours (theirs when they work part-time or "any"), apprenticeship / cpf.
 */
abstract class SearchOffers implements Tool {

    private static final int LIMIT = 3;

    private final Catalogue catalogue;
    private final EmploymentTexts texts;
    private final Offer.Kind kind;

    SearchOffers(Catalogue catalogue, EmploymentTexts texts, Offer.Kind kind) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.kind = kind;
    }

    @Override
    public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
        ObjectNode schema = Schemas.object();
        Schemas.oneOf(schema, "region", List.of(planned.path("region").asText("any")));
        Schemas.oneOf(schema, "max_hours", List.of(planned.path("max_hours").asText("any")));
        // The citizen's skills rank the results; they are the planner's, not the model's, to choose.
        return schema;
    }

    @Override
    public ToolResult run(JsonNode arguments, ToolContext context) {
        String region = arguments.path("region").asText("any");
        String hours = arguments.path("max_hours").asText("any");
        Integer maxHours;
        try {
            maxHours = "any".equals(hours) ? null : Integer.valueOf(hours);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentsException("max_hours must be a whole number or \"any\", was " + hours);
        }
        if (maxHours != null && (maxHours < 1 || maxHours > 60)) {
            throw new InvalidArgumentsException("max_hours must be between 1 and 60, was " + maxHours);
        }
        List<String> skills = context.situation().list(guichet.app.employment.situation.Fact.SKILLS);
        boolean apprenticeship = kind == Offer.Kind.JOB && context.situation().list(guichet.app.employment.situation.Fact.GOALS)
                .contains("apprenticeship");
        boolean cpf = kind == Offer.Kind.TRAINING && "FR".equals(context.jurisdiction());
        Catalogue.Found found = catalogue.search(new Catalogue.Filters(kind, context.jurisdiction().toLowerCase(),
                "any".equals(region) ? null : region, maxHours, skills, apprenticeship, cpf), LIMIT);
        String language = context.language();
        List<String> lines = new ArrayList<>();
        boolean sample = found.offers().stream().anyMatch(Offer::sample);
        lines.add(texts.text(kind == Offer.Kind.JOB ? "journey.jobs.heading" : "journey.training.heading", language,
                sample ? texts.text("journey.offers.sample", language) : ""));
        if (found.regionWidened()) {
            lines.add(texts.text("journey.offers.widened", language));
        }
        if (found.offers().isEmpty()) {
            lines.add(texts.text("journey.offers.none", language));
        }
        for (Offer offer : found.offers()) {
            String tags = (offer.apprenticeship() ? texts.text("journey.offer.apprenticeship", language) : "")
                    + (offer.cpf() ? texts.text("journey.offer.cpf", language) : "");
            lines.add("- " + texts.text("journey.offer.line", language, offer.title(), offer.organisation(), offer.region(),
                    offer.hoursPerWeek(), tags, offer.url()));
        }
        return new ToolResult(name(), ToolResult.Status.OK, String.join("\n", lines), found.offers(), List.of());
    }
}
