package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pasted.PastedText;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.text.QuestionLanguage;
import org.springframework.stereotype.Component;

/**
 * Stage 2: separates what the citizen asks from text they pasted for Guichet to read (a letter, an
 * email). Later stages check, route and rephrase the request only; the pasted text is data, read by
 * ReadPastedText and never obeyed. The reply follows the language of the request.
 */
@Component
public class SeparatePastedText implements Stage {

    private final QuestionLanguage languages;

    public SeparatePastedText(QuestionLanguage languages) {
        this.languages = languages;
    }

    @Override
    public void apply(AnswerContext context) {
        PastedText split = PastedText.split(context.question());
        if (!split.hasPasted()) {
            return;
        }
        context.pasted(split.request(), split.pasted());
        context.flag("pasted_text");
        languages.detect(split.request()).ifPresent(context::language);
        context.note("request of " + split.request().length() + " characters, pasted text of "
                + split.pasted().lines().count() + " lines");
    }
}
