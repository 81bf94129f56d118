package guichet.app.web;

import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.store.ConversationStore;
import guichet.app.ask.store.ConversationStore.StoredAnswer;
import guichet.app.ask.store.ConversationStore.StoredMessage;
import guichet.app.knowledge.GuidanceAge;
import guichet.app.system.engine.InferenceRuntime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ExchangesTest {

    private final ConversationStore store = mock(ConversationStore.class);
    private final InferenceRuntime runtime = mock(InferenceRuntime.class);
    private final Exchanges exchanges = new Exchanges(store, runtime,
            new GuidanceAge(Period.ofMonths(12), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)));

    @Test
    void pairsEachQuestionWithItsAnswerAndKeepsOnlyWhatACitizenMaySee() {
        StoredAnswer stored = new StoredAnswer("answered", "en",
                List.of(new Citation("Jobseeker's Allowance (JSA)", "https://www.gov.uk/jobseekers-allowance/what-youll-get",
                        "What you'll get", "/jobseekers-allowance"),
                        new Citation("Heures pour recherche d'emploi pendant le préavis de licenciement",
                                "https://www.service-public.fr/particuliers/vosdroits/F1054", "",
                                "F1054", LocalDate.of(2020, 10, 19)),
                        new Citation("Le SMIC", "https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance",
                                "", "https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance",
                                LocalDate.of(2026, 1, 5))),
                "smollm2-135m-instruct-q4_1", "abc", 1200, 300,
                List.of(new TraceEntry("CheckInput", 3, "passed", "flags: personal_data:email", 0, 0, "", ""),
                        new TraceEntry("CheckAnswer", 1, "answered", "completeness partial", 0, 0, "", "")));
        when(store.messages("c1")).thenReturn(List.of(
                new StoredMessage("q1", 1, "citizen", "How much JSA? [email address]", Instant.EPOCH, null),
                new StoredMessage("a1", 2, "assistant", "Up to £90.50 [1]", Instant.EPOCH, stored),
                new StoredMessage("q2", 3, "citizen", "And then?", Instant.EPOCH, null)));
        when(runtime.state()).thenReturn(InferenceRuntime.State.STOPPED);

        List<Exchanges.Exchange> shown = exchanges.of("c1");

        assertThat(shown).hasSize(2);
        Exchanges.AnswerView answer = shown.getFirst().answer();
        assertThat(shown.getFirst().question()).isEqualTo("How much JSA? [email address]");
        assertThat(answer.id()).isEqualTo("a1");
        assertThat(answer.answered()).isTrue();
        assertThat(answer.model()).isEqualTo("smollm2-135m-instruct-q4_1");
        assertThat(answer.citations()).containsExactly(new Exchanges.CitationView(1, "Jobseeker's Allowance (JSA)",
                "What you'll get", "https://www.gov.uk/jobseekers-allowance/what-youll-get", null, false),
                new Exchanges.CitationView(2, "Heures pour recherche d'emploi pendant le préavis de licenciement", "",
                        "https://www.service-public.fr/particuliers/vosdroits/F1054", LocalDate.of(2020, 10, 19), true),
                new Exchanges.CitationView(3, "Le SMIC", "",
                        "https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance", LocalDate.of(2026, 1, 5),
                        false));
        assertThat(answer.text().blocks().getFirst().lines().getFirst()).contains(new AnswerText.Segment("[1]", 1, ""));
        assertThat(answer.stages()).containsExactly(new Exchanges.StageView("CheckInput", "passed", 3),
                new Exchanges.StageView("CheckAnswer", "answered", 1));
        assertThat(shown.get(1)).isEqualTo(new Exchanges.Exchange("And then?", null));
    }

    @Test
    void aCitationLinksOnlyToAWebAddress() {
        assertThat(Exchanges.CitationView.of(1, new Citation("Page", "javascript:alert(1)", "Page", "d")))
                .isEqualTo(new Exchanges.CitationView(1, "Page", "", "", null, false));
        assertThat(Exchanges.CitationView.of(2, new Citation("", "HTTPS://example.org/a#b", "Part", "d")))
                .isEqualTo(new Exchanges.CitationView(2, "HTTPS://example.org/a#b", "Part", "HTTPS://example.org/a#b",
                        null, false));
    }

    @Test
    void aFixedReplyNamesNoModelAndAnUnknownStatusShowsAsAnError() {
        StoredAnswer stored = new StoredAnswer("something_new", "es", List.of(), "", "", 5, -1, List.of());
        when(store.messages("c2")).thenReturn(List.of(
                new StoredMessage("q1", 1, "citizen", "Hola", Instant.EPOCH, null),
                new StoredMessage("a1", 2, "assistant", "Hello", Instant.EPOCH, stored)));

        Exchanges.AnswerView answer = exchanges.of("c2").getFirst().answer();

        assertThat(answer.model()).isEmpty();
        assertThat(answer.family()).isEqualTo("error");
        assertThat(answer.language()).isEqualTo("en");
    }
}
