package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.text.AskFixtures;
import guichet.app.knowledge.GuidanceAge;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caveat on old guidance, read by the output check after it, on service-public fiche F1054 as the pinned npm
 * package has it (last modified 19 October 2020) and a travail-emploi fiche of 2026, on 7 December 2026.
 */
class DateTheGuidanceTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final Instant F1054_MODIFIED = Instant.parse("2020-10-18T22:00:00Z");   // 2020-10-19 in Paris

    private final DateTheGuidance stage = new DateTheGuidance(new GuidanceAge(Period.ofMonths(12), DECEMBER_2026),
            AskFixtures.texts());
    private final CheckAnswer check = new CheckAnswer(AskFixtures.texts(), AskFixtures.languages(), AskFixtures.resources());

    private static final Source F1054 = new Source("S1", "c1", "F1054",
            "Quel droit aux heures de recherche d'emploi pendant un préavis de licenciement ?",
            "https://www.service-public.fr/particuliers/vosdroits/F1054", List.of(),
            "Le code du travail ne prévoit pas d'heures pour recherche d'emploi pendant un préavis de licenciement. "
                    + "Une convention collective, un accord collectif ou un usage dans l'entreprise peut permettre au "
                    + "salarié de bénéficier d'un certain nombre d'heures d'absence pour trouver un nouvel emploi.",
            "fr", 0.91, F1054_MODIFIED);

    private static final Source SMIC_2026 = new Source("S2", "c2",
            "https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance", "Le Smic",
            "https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance", List.of("Montant"),
            "Depuis le 1er janvier 2026, le montant du Smic brut horaire est de 12,02 euros.", "fr", 0.9,
            Instant.parse("2026-01-04T23:00:00Z"));

    private AnswerContext answered(String language, Source... used) {
        AnswerContext context = new AnswerContext("c", "question", language, List.of(), piece -> streamed.append(piece));
        context.sources(List.of(used));
        StringBuilder answer = new StringBuilder(language.equals("fr") ? "Voici ce que dit la documentation officielle :\n"
                : "Here is what the official guidance says:\n");
        for (int i = 0; i < used.length; i++) {
            answer.append("\n• “").append(used[i].text().split("\\. ")[0]).append(".” [").append(i + 1).append(']');
        }
        context.answer(answer.toString(), "complete", List.of(used));
        stage.apply(context);
        check.apply(context);
        return context;
    }

    private final StringBuilder streamed = new StringBuilder();

    @Test
    void anAnswerCitingAFicheOfOctober2020SaysHowOldItIsInFrench() {
        AnswerContext context = answered("fr", F1054);

        assertThat(context.status()).as(context.stopReason()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(context.reply()).startsWith(context.answer().strip()).endsWith("\n\nAttention : cette réponse cite "
                + "une information mise à jour pour la dernière fois le 19 octobre 2020, il y a plus de 12 mois. Les "
                + "règles et les montants ont pu changer depuis : vérifiez la page à jour avant de vous y fier.");
        assertThat(streamed.toString()).endsWith("19 octobre 2020, il y a plus de 12 mois. Les règles et les montants "
                + "ont pu changer depuis : vérifiez la page à jour avant de vous y fier.");
        assertThat(context.flags()).contains("old_guidance");
        assertThat(Citation.of(F1054).updated()).isEqualTo(LocalDate.of(2020, 10, 19));
    }

    @Test
    void theCaveatNamesTheOldestCitedPageInTheAskersLanguage() {
        AnswerContext context = answered("en", SMIC_2026, F1054);

        assertThat(context.status()).as(context.stopReason()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(context.reply()).contains("Please note: this answer quotes guidance last updated on 19 October 2020, "
                + "more than 12 months ago.");
    }

    @Test
    void guidanceUpdatedWithinTheYearGetsNoCaveat() {
        AnswerContext context = answered("fr", SMIC_2026);

        assertThat(context.status()).as(context.stopReason()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(context.reply()).isEqualTo(context.answer());
        assertThat(context.caveats()).isEmpty();
        assertThat(Citation.of(SMIC_2026).updated()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aPageWithoutADateGetsNoCaveat() {
        Source undated = new Source("S1", "c1", "guides/aide.md", "Aide au retour", "", List.of(),
                "L'aide au retour à l'emploi est versée chaque mois.", "fr", 0.9);

        AnswerContext context = answered("fr", undated);

        assertThat(context.reply()).isEqualTo(context.answer());
        assertThat(Citation.of(undated).updated()).isNull();
    }

    @Test
    void aLongerConfiguredAgeLeavesThe2020FicheUnflagged() {
        DateTheGuidance patient = new DateTheGuidance(new GuidanceAge(Period.ofYears(10), DECEMBER_2026),
                AskFixtures.texts());
        AnswerContext context = new AnswerContext("c", "question", "fr", List.of(), piece -> { });
        context.sources(List.of(F1054));
        context.answer("“Le code du travail ne prévoit pas d'heures pour recherche d'emploi.” [1]", "complete",
                List.of(F1054));

        patient.apply(context);

        assertThat(context.caveats()).isEmpty();
    }
}
