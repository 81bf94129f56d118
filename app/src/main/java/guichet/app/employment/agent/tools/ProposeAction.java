package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.employment.actions.Actions;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.summary.JourneySummary;
import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.agent.tools.ToolResult;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code book_appointment}, {@code request_callback} and {@code hand_over}: each only prepares a
 * proposal and shows it. Its arguments have no "confirmed" field and nothing here records a
 * booking: that happens only when the citizen confirms ({@link Actions#confirm}).
 */
public final class ProposeAction {

    private ProposeAction() {
    }

    /** The next three weekdays at 10:00, as appointment slots. */
    static List<String> slots(LocalDate day) {
        List<String> slots = new ArrayList<>();
        LocalDate next = day.plusDays(1);
        while (slots.size() < 3) {
            if (next.getDayOfWeek() != DayOfWeek.SATURDAY && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
                slots.add(next + " 10:00");
            }
            next = next.plusDays(1);
        }
        return slots;
    }

    @Component
    public static class BookAppointment implements Tool {
        public static final String NAME = "book_appointment";
        private final Actions actions;
        private final EmploymentTexts texts;

        BookAppointment(Actions actions, EmploymentTexts texts) {
            this.actions = actions;
            this.texts = texts;
        }

        @Override
        public String name() {
            return NAME;
        }

        /** Slots are numbered ("1" to "3") so that the model writes one short token, not a date. */
        @Override
        public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
            return Schemas.oneOf(Schemas.object(), "slot", List.of("1", "2", "3"));
        }

        @Override
        public ToolResult run(JsonNode arguments, ToolContext context) {
            String service = service(context);
            String slot = slots(context.day()).get(Integer.parseInt(Schemas.require(arguments, "slot", List.of("1", "2", "3"))) - 1);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("service", service);
            details.put("slot", slot);
            Actions.Action proposal = actions.propose(context.owner(), context.conversationId(), Actions.Kind.APPOINTMENT, details);
            return new ToolResult(NAME, ToolResult.Status.PROPOSED,
                    texts.text("journey.proposal.appointment", context.language(), service, slot), proposal, List.of());
        }

        private static String service(ToolContext context) {
            return "FR".equals(context.jurisdiction()) ? "France Travail" : "Jobcentre Plus";
        }
    }

    @Component
    public static class RequestCallback implements Tool {
        public static final String NAME = "request_callback";
        private static final List<String> TOPICS = List.of("benefits", "jobs", "training");
        private static final List<String> WHEN = List.of("am", "pm");
        private final Actions actions;
        private final EmploymentTexts texts;

        RequestCallback(Actions actions, EmploymentTexts texts) {
            this.actions = actions;
            this.texts = texts;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
            return Schemas.oneOf(Schemas.oneOf(Schemas.object(), "topic", TOPICS), "when", WHEN);
        }

        @Override
        public ToolResult run(JsonNode arguments, ToolContext context) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("topic", Schemas.require(arguments, "topic", TOPICS));
            details.put("when", Schemas.require(arguments, "when", WHEN));
            Actions.Action proposal = actions.propose(context.owner(), context.conversationId(), Actions.Kind.CALLBACK, details);
            return new ToolResult(NAME, ToolResult.Status.PROPOSED, texts.text("journey.proposal.callback", context.language(),
                    details.get("topic"), details.get("when")), proposal, List.of());
        }
    }

    @Component
    public static class HandOver implements Tool {
        public static final String NAME = "hand_over";
        private static final List<String> REASONS = List.of("citizen_asked", "complex_situation");
        private final Actions actions;
        private final EmploymentTexts texts;
        private final JourneySummary summary;

        HandOver(Actions actions, EmploymentTexts texts, JourneySummary summary) {
            this.actions = actions;
            this.texts = texts;
            this.summary = summary;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public ObjectNode argumentSchema(ToolContext context, JsonNode planned) {
            return Schemas.oneOf(Schemas.object(), "reason", REASONS);
        }

        @Override
        public ToolResult run(JsonNode arguments, ToolContext context) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("reason", Schemas.require(arguments, "reason", REASONS));
            String text = summary.summary(context.owner(), context.situation(), context.language());
            details.put("summary", text);
            Actions.Action proposal = actions.propose(context.owner(), context.conversationId(), Actions.Kind.HANDOVER, details);
            return new ToolResult(NAME, ToolResult.Status.PROPOSED, texts.text("journey.proposal.handover", context.language(),
                    text), proposal, List.of());
        }
    }
}
