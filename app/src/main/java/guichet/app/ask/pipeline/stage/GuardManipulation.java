package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.safety.HiddenText;
import guichet.app.ask.safety.ManipulationDetector;
import guichet.app.ask.text.CitizenTexts;
import org.springframework.stereotype.Component;

/**
 * Stage 2: stops jailbreaks and prompt injection before any model reads the question, including
 * instructions hidden in a pasted letter, in invisible characters or in base64. The citizen gets a
 * calm invitation to ask a plain question; the trace gets the rule's id, never the text.
 */
@Component
public class GuardManipulation implements Stage {

    private final ManipulationDetector detector;
    private final HiddenText hidden;
    private final CitizenTexts texts;

    public GuardManipulation(ManipulationDetector detector, HiddenText hidden, CitizenTexts texts) {
        this.detector = detector;
        this.hidden = hidden;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        detector.check(context.question(), hidden.take(context)).ifPresent(finding -> {
            context.flag("manipulation:" + finding.rule());
            context.stop(AnswerStatus.GUARDRAIL, texts.reply("reply.guardrail", context.language()),
                    "manipulation rule " + finding.rule() + " in " + finding.where());
        });
    }
}
