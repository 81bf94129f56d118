package guichet.app.ask.pipeline.stage;

import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.crisis.CrisisReplies;
import guichet.app.ask.routing.CategoryDetector;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.safety.HiddenText;
import guichet.app.ask.safety.ManipulationDetector;
import guichet.app.shared.text.CitizenTexts;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Stage 3: stops jailbreaks and prompt injection in the citizen's own words before any model reads
 * them, including instructions in base64. Text hidden in invisible characters is not the question:
 * it was removed by CheckInput, is never read by a model, and is only recorded here (the rule it
 * breaks, if any) and named to the citizen, whose visible question is answered. Text the citizen
 * pasted is not checked here: ReadPastedText reads it as data and names its suspicious lines. The
 * citizen who is refused gets a reply that says why, by the kind of rule (revealing instructions,
 * other people's data...); the trace gets the rule's id, never the text. A message that also reads as
 * a crisis gets the crisis reply instead, alone: a person in crisis never gets a bare refusal, and the
 * request the guard stopped is still not answered. A request for someone else's data or account gets
 * its refusal after the crisis lines: the data is never given, whoever is in distress.
 */
@Component
public class GuardManipulation implements Stage {

    private final ManipulationDetector detector;
    private final HiddenText hidden;
    private final CitizenTexts texts;
    private final CrisisDetector crisis;
    private final CrisisReplies crisisReplies;

    public GuardManipulation(ManipulationDetector detector, HiddenText hidden, CitizenTexts texts, CrisisDetector crisis,
                             CrisisReplies crisisReplies) {
        this.detector = detector;
        this.hidden = hidden;
        this.texts = texts;
        this.crisis = crisis;
        this.crisisReplies = crisisReplies;
    }

    @Override
    public void apply(AnswerContext context) {
        String hiddenText = hidden.take(context);
        if (!hiddenText.isBlank()) {
            String rule = detector.check(hiddenText, "").map(ManipulationDetector.Finding::rule).orElse("none");
            context.note("hidden text ignored (rule " + rule + ")");
            context.notice(texts.reply("notice.hidden_text", context.language()));
        }
        detector.check(context.request(), "").ifPresent(finding -> {
            context.flag("manipulation:" + finding.rule());
            String how = "manipulation rule " + finding.rule() + " in " + finding.where();
            Optional<CategoryDetector.Finding> distress = crisis.detect(context.request());
            String refusal = texts.reply(replyKey(finding.rule(), context.language()), context.language());
            if (distress.isPresent()) {
                distress.get().categories().forEach(category -> context.flag("crisis:" + category));
                String lines = crisisReplies.reply(distress.get().categories(), CitizenTexts.replyLanguage(context.language()));
                // A request for someone else's data is refused in words after the lines: the distress may be
                // the asker's (a relative in danger) or the other person's (an abuser looking for a victim).
                context.stop(AnswerStatus.CRISIS_SIGNPOSTED, aboutSomeoneElse(finding.rule()) ? lines + "\n\n" + refusal
                        : lines, how + "; crisis by " + distress.get().how());
                return;
            }
            context.stop(AnswerStatus.GUARDRAIL, refusal, how);
        });
    }

    /** Rules that stop a request for another person's data, or for Guichet to use someone's account. */
    private static boolean aboutSomeoneElse(String rule) {
        String id = rule.substring(rule.indexOf('/') + 1);
        return id.startsWith("others_") || id.startsWith("account_");
    }

    /**
     * The reply for a rule: {@code reply.guardrail.<family>} when the rule's id (after its file, e.g.
     * {@code en/prompt_reveal}) starts with a family that has its own text, else {@code reply.guardrail}.
     */
    private String replyKey(String rule, String language) {
        String id = rule.substring(rule.indexOf('/') + 1);
        int underscore = id.indexOf('_');
        String key = "reply.guardrail." + (underscore < 0 ? id : id.substring(0, underscore));
        return texts.has(key, language) ? key : "reply.guardrail";
    }
}
