package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.privacy.PersonalDataKind;
import guichet.app.shared.privacy.PersonalDataMatch;
import guichet.app.shared.privacy.PersonalDataRedactor;
import guichet.app.ask.safety.HiddenText;
import guichet.app.ask.safety.InputProperties;
import guichet.app.ask.safety.InvisibleCharacters;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.shared.text.QuestionLanguage;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.List;

/**
 * Stage 1: makes the question safe to keep and to read. Invisible characters are removed (text
 * hidden in them is kept aside for GuardManipulation only), personal data is replaced by typed
 * placeholders before any later stage, store or log sees the question, the question's language is
 * detected, and empty or over-long messages are answered at once.
 */
@Component
public class CheckInput implements Stage {

    private final InputProperties settings;
    private final PersonalDataRedactor redactor;
    private final QuestionLanguage languages;
    private final CitizenTexts texts;
    private final HiddenText hidden;

    public CheckInput(InputProperties settings, PersonalDataRedactor redactor, QuestionLanguage languages,
                      CitizenTexts texts, HiddenText hidden) {
        this.settings = settings;
        this.redactor = redactor;
        this.languages = languages;
        this.texts = texts;
        this.hidden = hidden;
    }

    @Override
    public void apply(AnswerContext context) {
        InvisibleCharacters.Cleaned cleaned = InvisibleCharacters.strip(context.question() == null ? "" : context.question());
        if (cleaned.found()) {
            context.flag("hidden_characters");
        }
        if (!cleaned.hiddenText().isEmpty()) {
            context.flag("hidden_text");
            hidden.keep(context, cleaned.hiddenText());
        }
        String text = Normalizer.normalize(cleaned.text(), Normalizer.Form.NFKC).strip();
        List<PersonalDataMatch> found = redactor.find(text);
        String withoutData = PersonalDataRedactor.redact(text, found, kind -> " ").text();
        int limit = settings.maxCharacters();
        languages.detect(withoutData.length() > limit ? withoutData.substring(0, limit) : withoutData)
                .ifPresent(context::language);
        String language = context.language();
        PersonalDataRedactor.Redaction redaction = PersonalDataRedactor.redact(text, found,
                kind -> texts.reply(kind.placeholderKey(), language));
        redaction.kinds().stream().map(PersonalDataKind::flag).forEach(context::flag);
        if (!redaction.kinds().isEmpty()) {
            context.notice(texts.reply("notice.personal_data", language));
        }
        for (PersonalDataKind kind : redaction.kinds()) {
            // Earlier turns may carry the other interface language's placeholder.
            for (String placeholderLanguage : java.util.List.of(language, "en", "fr")) {
                context.placeholder(texts.reply(kind.placeholderKey(), placeholderLanguage));
            }
        }

        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            // Nothing of an over-long message is kept: a cut could split a number and leave part of it.
            context.replaceQuestion(texts.reply("placeholder.too_long", language, length));
            context.stop(AnswerStatus.GUARDRAIL, texts.reply("reply.too_long", language, limit),
                    "too long: " + length + " > " + limit + " characters");
            return;
        }
        context.replaceQuestion(redaction.text());
        if (text.isEmpty()) {
            context.stop(AnswerStatus.CLARIFICATION, texts.reply("reply.empty", language), "empty question");
        }
    }
}
