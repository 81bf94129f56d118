package guichet.app.employment.agent;

import guichet.app.employment.agent.tools.ToolContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.employment.agent.tools.CheckEligibility;
import guichet.app.employment.agent.tools.PlanProcedure;
import guichet.app.employment.agent.tools.ProposeAction;
import guichet.app.employment.agent.tools.SearchJobs;
import guichet.app.employment.agent.tools.SearchTraining;
import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.eligibility.Outcome;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import guichet.app.employment.situation.text.MessageText;

/**
 * Which tool calls fit a message, decided deterministically from what the citizen wrote and what
 * is known of their situation. The model then picks among these (and fills their arguments within
 * the values given here), so that even a very small model cannot wander off: a larger model is
 * given the same choice. Side-effect tools are planned only when the citizen asks for them.
 */
public final class ToolPlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ELIGIBILITY = cue("eligib|entitled|can i (get|claim)|benefit|allowance|\\bjsa\\b|"
            + "jobseeker|universal credit|minimum wage|how much .*(pay|paid)|\\bare\\b|chômage|allocation|droit|\\bcpf\\b|"
            + "compte personnel|aide|support");
    private static final Pattern JOBS = cue("\\bjobs?\\b|vacanc|work near|offres?|emploi|poste|apprenticeship|apprentissage");
    private static final Pattern TRAINING = cue("training|course|retrain|formation|\\bcpf\\b|qualification");
    private static final Pattern PLAN = cue("how (do|can|should|would|does|could) (i|we|you) (go about )?(claim|apply|applying|"
            + "start|use|get|sign up|register)|how to (claim|apply|use)|step|what (should|do) i do|next|\\bplan\\b|démarche|"
            + "comment (faire|demander|postuler|utiliser|m'inscrire|s'inscrire|on fait)|étape|prochaine|que dois-je faire");
    private static final Pattern APPOINTMENT = cue("appointment|rendez-vous|\\brdv\\b|book (a|an|me)|meet (a|an|my) (work coach|adviser|advisor)");
    private static final Pattern CALLBACK = cue("call me back|call-back|callback|ring me|rappel|rappeler");
    private static final Pattern HAND_OVER = cue("(speak|talk) to (a|an|someone|a real) ?(person|human|adviser|advisor|someone)|"
            + "real person|human adviser|conseiller humain|parler à (un|une) (conseill|personne)");

    private final EligibilityEngine engine;

    public ToolPlanner(EligibilityEngine engine) {
        this.engine = engine;
    }

    /** A call the agent may make: a tool and the argument values planned for it. */
    public record Planned(String tool, ObjectNode arguments) {
    }

    /**
     * @param newFacts facts this message stated (a situation described is checked against the rules)
     */
    public List<Planned> plan(String message, Situation situation, Situation newFacts, ToolContext context) {
        List<Planned> calls = new ArrayList<>();
        boolean handOver = HAND_OVER.matcher(message).find();
        boolean appointment = APPOINTMENT.matcher(message).find();
        boolean callback = CALLBACK.matcher(message).find();
        boolean describesSituation = newFacts.known().stream().anyMatch(f -> f != Fact.SKILLS && f != Fact.LANGUAGES);
        if (ELIGIBILITY.matcher(message).find() || describesSituation) {
            for (String benefit : benefits(message, situation, context)) {
                calls.add(new Planned(CheckEligibility.NAME, args("benefit", benefit)));
            }
        }
        if (PLAN.matcher(message).find()) {
            calls.add(new Planned(PlanProcedure.NAME, args("procedure", procedure(message, situation, context))));
        }
        if (JOBS.matcher(message).find() && !appointment && !handOver) {
            calls.add(new Planned(SearchJobs.NAME, searchArgs(situation)));
        }
        if (TRAINING.matcher(message).find() && !appointment && !handOver) {
            calls.add(new Planned(SearchTraining.NAME, searchArgs(situation)));
        }
        if (appointment) {
            calls.add(new Planned(ProposeAction.BookAppointment.NAME, JSON.createObjectNode()));
        }
        if (callback) {
            calls.add(new Planned(ProposeAction.RequestCallback.NAME, JSON.createObjectNode()));
        }
        if (handOver) {
            calls.add(new Planned(ProposeAction.HandOver.NAME, JSON.createObjectNode()));
        }
        return calls;
    }

    private List<String> benefits(String message, Situation situation, ToolContext context) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>();
        if (text.matches("(?s).*(\\bjsa\\b|jobseeker|new style).*")) {
            named.add("new-style-jsa");
        }
        if (text.matches("(?s).*(universal credit|\\buc\\b).*")) {
            named.add("universal-credit");
        }
        if (text.contains("minimum wage") || (text.contains("pay") && text.contains("apprentic"))) {
            named.add("apprentice-minimum-wage");
        }
        // "ARE" in capitals: "are" is an English word ("my sons are 16")
        if (message.matches("(?s).*\\bARE\\b.*") || text.matches("(?s).*(chomage|allocation d'aide).*")) {
            named.add("are");
        }
        if (text.matches("(?s).*(\\bcpf\\b|compte personnel).*")) {
            named.add("cpf");
        }
        if (!named.isEmpty()) {
            return named;
        }
        if ("FR".equals(context.jurisdiction())) {
            return List.of("are", "cpf");
        }
        List<String> uk = new ArrayList<>();
        if (situation.flag(Fact.APPRENTICE).orElse(false)) {
            uk.add("apprentice-minimum-wage");
        }
        uk.add("new-style-jsa");
        uk.add("universal-credit");
        return uk;
    }

    /**
     * The procedure asked about: the one the message names, else the one for the support the situation
     * gives ("How does he claim it?" after a Universal Credit check that says eligible).
     */
    private String procedure(String message, Situation situation, ToolContext context) {
        String text = message.toLowerCase(Locale.ROOT);
        if ("FR".equals(context.jurisdiction())) {
            if (text.matches("(?s).*(\\bcpf\\b|formation|training).*")) {
                return "use-cpf";
            }
            if (text.matches("(?s).*(\\bare\\b|chomage|allocation).*")) {
                return "claim-are";
            }
            return outcome("are", situation, context) != Outcome.ELIGIBLE
                    && outcome("cpf", situation, context) == Outcome.ELIGIBLE ? "use-cpf" : "claim-are";
        }
        if (text.matches("(?s).*(universal credit|\\buc\\b).*")) {
            return "claim-universal-credit";
        }
        if (text.matches("(?s).*(\\bjsa\\b|jobseeker|new style).*")) {
            return "claim-new-style-jsa";
        }
        if (text.contains("apprentic") || situation.list(Fact.GOALS).contains("apprenticeship")) {
            return "apply-apprenticeship";
        }
        Outcome jsa = outcome("new-style-jsa", situation, context);
        if (jsa == Outcome.ELIGIBLE) {
            return "claim-new-style-jsa";
        }
        return jsa == Outcome.NOT_ELIGIBLE || outcome("universal-credit", situation, context) == Outcome.ELIGIBLE
                ? "claim-universal-credit" : "claim-new-style-jsa";
    }

    private Outcome outcome(String benefit, Situation situation, ToolContext context) {
        return engine.evaluate(benefit, situation, context.day(), context.language()).outcome();
    }

    private static ObjectNode searchArgs(Situation situation) {
        ObjectNode args = JSON.createObjectNode();
        args.put("region", situation.text(Fact.REGION).orElse("any"));
        boolean partTime = situation.list(Fact.CONSTRAINTS).contains("part-time") || situation.flag(Fact.CARING).orElse(false)
                || situation.list(Fact.CONSTRAINTS).contains("childcare");
        args.put("max_hours", partTime ? "16" : "any");
        ArrayNode skills = args.putArray("skills");
        situation.list(Fact.SKILLS).forEach(skills::add);
        return args;
    }

    private static ObjectNode args(String name, String value) {
        ObjectNode args = JSON.createObjectNode();
        args.put(name, value);
        return args;
    }

    /** A cue, read without accents: the message it is matched against is ({@code Understanding#latestText}). */
    private static Pattern cue(String regex) {
        return Pattern.compile(MessageText.fold(regex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
