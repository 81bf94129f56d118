package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.knowledge.GuidanceAge;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Says when the guidance an answer quotes is old: if a cited page was last updated longer ago than
 * {@code guichet.knowledge.stale-after}, a caveat under the answer gives the oldest one's date and asks the citizen to
 * check the current page, so that outdated guidance (the pinned service-public fiches of 2017–2020) is never
 * presented as current (ADR 29).
 */
@Component
public class DateTheGuidance implements Stage {

    private final GuidanceAge age;
    private final CitizenTexts texts;

    DateTheGuidance(GuidanceAge age, CitizenTexts texts) {
        this.age = age;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        Optional<LocalDate> oldest = context.sourcesUsed().stream().map(Source::updated).filter(Objects::nonNull)
                .map(GuidanceAge::dayOf).min(LocalDate::compareTo);
        if (oldest.isEmpty()) {
            context.note("the guidance cited carries no date");
            return;
        }
        if (!age.isOld(oldest.get())) {
            context.note("guidance as of " + oldest.get() + ", within " + age.staleAfter());
            return;
        }
        String language = CitizenTexts.replyLanguage(context.language());
        String caveat = texts.reply("answer.old_guidance", language, GuidanceAge.format(oldest.get(), language),
                age.staleAfterMonths());
        try {
            context.sink().accept("\n\n" + caveat);
        } catch (Exception e) {
            // The client went away: the answer is still stored.
        }
        context.caveat(caveat);
        context.flag("old_guidance");
        context.note("guidance as of " + oldest.get() + ", older than " + age.staleAfter());
    }
}
