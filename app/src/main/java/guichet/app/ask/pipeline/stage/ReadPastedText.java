package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pasted.KeySentences;
import guichet.app.ask.pasted.LetterTerms;
import guichet.app.ask.pasted.SuspiciousParts;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.rules.MatchText;
import guichet.app.shared.text.CitizenTexts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 7: does what the citizen asked with the text they pasted, from the text itself: the
 * sentences they must not miss (dates, appointments, amounts, what to do, their rights), quoted in
 * the letter's own words; what the letter's terms mean and what can be done next (data:
 * {@code replies/letters/<language>.yml}); and, named plainly, any part that is not normal letter
 * content (an instruction to an AI, a hidden comment, an image or a link to an unknown site), which
 * is left out of the reading and never followed. No link from the pasted text is repeated unless it
 * is to a trusted official site.
 */
@Component
public class ReadPastedText implements Stage {

    private static final int MAX_EXPLANATIONS = 3;
    private static final Pattern GENUINE = Pattern.compile("\\b(genuine|real|legit|legitimate|scam|fake|fraud|phishing|true"
            + "|vrai|authentique|arnaque|faux|escroquerie|fiable)\\b");

    private final SuspiciousParts suspicious;
    private final LetterTerms terms;
    private final CitizenTexts texts;

    public ReadPastedText(SuspiciousParts suspicious, LetterTerms terms, CitizenTexts texts) {
        this.suspicious = suspicious;
        this.terms = terms;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        if (context.pastedText().isEmpty()) {
            return;
        }
        String language = CitizenTexts.replyLanguage(context.language());
        SuspiciousParts.Cleaned letter = suspicious.clean(context.pastedText());
        List<String> key = KeySentences.of(letter.text(), language);
        List<String> blocks = new ArrayList<>();
        if (key.isEmpty()) {
            blocks.add(texts.reply("reply.letter.nothing", language));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(texts.reply("reply.letter.key", language));
            key.forEach(sentence -> lines.add("- “" + sentence + "”"));
            blocks.add(String.join("\n", lines));
        }
        List<String> explanations = terms.explain(letter.text(), language, MAX_EXPLANATIONS);
        if (!explanations.isEmpty()) {
            blocks.add(texts.reply("reply.letter.means", language) + "\n"
                    + String.join("\n", explanations.stream().map(line -> "- " + line).toList()));
        }
        if (!letter.parts().isEmpty()) {
            blocks.add(warning(letter.parts(), language));
        } else if (GENUINE.matcher(MatchText.of(context.request())).find()) {
            blocks.add(texts.reply("reply.letter.check_genuine", language));
        }
        letter.parts().forEach(part -> context.flag("pasted:" + part.rule()));
        context.stop(AnswerStatus.ANSWERED, String.join("\n\n", blocks), "read the pasted text: " + key.size()
                + " key sentences, " + explanations.size() + " explanations, suspicious "
                + letter.parts().stream().map(SuspiciousParts.Part::rule).toList());
    }

    private String warning(List<SuspiciousParts.Part> parts, String language) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.reply("reply.letter.suspicious", language));
        for (SuspiciousParts.Part part : parts.stream().distinct().toList()) {
            String key = "reply.letter.part." + part.kind().name().toLowerCase(java.util.Locale.ROOT);
            lines.add("- " + (part.opening().isEmpty() ? texts.reply(key, language)
                    : texts.reply(key + "_starting", language, part.opening())));
        }
        lines.add(texts.reply("reply.letter.ignored", language));
        return String.join("\n", lines);
    }
}
