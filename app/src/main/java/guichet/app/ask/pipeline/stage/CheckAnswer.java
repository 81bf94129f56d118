package guichet.app.ask.pipeline.stage;

import guichet.app.shared.evidence.Figures;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.rules.PatternRules;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.shared.text.QuestionLanguage;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The output guardrail: the answer cites only retrieved passages and at least one; every figure in
 * it appears in a cited passage; outside its quotes it is in the asker's language; it contains no
 * forbidden term outside its quotes. Otherwise the citizen gets the "can't answer" reply with signposting.
 */
@Component
public class CheckAnswer implements Stage {

    private final CitizenTexts texts;
    private final QuestionLanguage languages;
    private final PatternRules forbidden;

    CheckAnswer(CitizenTexts texts, QuestionLanguage languages, OverridableResources resources) {
        this.texts = texts;
        this.languages = languages;
        this.forbidden = PatternRules.load(resources, List.of("guard/forbidden/en.txt", "guard/forbidden/fr.txt"),
                List.of("guard/forbidden/local.txt"));
    }

    @Override
    public void apply(AnswerContext context) {
        String language = CitizenTexts.replyLanguage(context.language());
        String problem = problem(context, language);
        if (problem.isEmpty()) {
            context.stop(AnswerStatus.ANSWERED, context.answerWithCaveats(), "completeness " + context.completeness());
        } else {
            context.stop(AnswerStatus.GUARDRAIL, texts.reply("reply.unanswerable", language), problem);
        }
    }

    private String problem(AnswerContext context, String language) {
        if (context.sourcesUsed().isEmpty()) {
            return "no source used";
        }
        for (Source used : context.sourcesUsed()) {
            if (!context.sources().contains(used)) {
                return "cites a passage that was not retrieved: " + used.id();
            }
        }
        // One citation stands for its whole section: overlapping passages of that section were quoted under it.
        String cited = context.sources().stream().filter(source -> context.sourcesUsed().stream()
                .anyMatch(used -> sameSection(used, source))).map(Source::text).collect(Collectors.joining("\n"));
        var unsupported = Figures.unsupported(context.answer(), cited);
        if (!unsupported.isEmpty()) {
            return "figures not in the cited passages " + unsupported;
        }
        String ownWords = withoutQuotes(context.answer());
        Optional<String> detected = languages.detect(ownWords);
        if (detected.isPresent() && !detected.get().equals(language)) {
            return "answer in " + detected.get() + " instead of " + language;
        }
        // The guidance's own words, quoted, may say "guaranteed": the rules are for what Guichet says itself.
        return forbidden.firstMatch(ownWords).map(rule -> "forbidden term " + rule.id()).orElse("");
    }

    private static boolean sameSection(Source a, Source b) {
        return a.documentId().equals(b.documentId()) && a.url().equals(b.url()) && a.section().equals(b.section());
    }

    /** The answer without its quoted sentences, which stay in the source's language. */
    static String withoutQuotes(String answer) {
        return answer.replaceAll("“[^”]*”", " ").replaceAll("\\[\\d+]", " ").strip();
    }
}
