package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.Turn;
import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.text.AskFixtures;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A follow-up is joined to the question before it (the default, with no model); a new question stands as it is. */
class RephraseQuestionTest {

    private static final AskProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("guichet.ask", AskProperties.class);
    // The default joins the questions and never calls a model: there is no runtime to call.
    private final RephraseQuestion stage = new RephraseQuestion(DEFAULTS, null, AskFixtures.resources());
    private final List<Turn> history = List.of(new Turn("How much is Jobseeker's Allowance?",
            "You can get up to £92.05 a week."));

    private AnswerContext asked(String question, List<Turn> before) {
        AnswerContext context = new AnswerContext("c", question, "en", before, TokenSink.NONE);
        stage.apply(context);
        return context;
    }

    @Test
    void aFollowUpIsReadWithTheQuestionBeforeIt() {
        assertThat(asked("and for part-time work?", history).standaloneQuestion())
                .isEqualTo("How much is Jobseeker's Allowance? and for part-time work?");
        assertThat(asked("how long is it paid for", history).standaloneQuestion())
                .startsWith("How much is Jobseeker's Allowance?");
    }

    @Test
    void aNewQuestionOrAFirstOneStandsAsItIs() {
        assertThat(asked("Where do I apply for a Blue Badge for my mother?", history).standaloneQuestion())
                .isEqualTo("Where do I apply for a Blue Badge for my mother?");
        assertThat(asked("and for part-time work?", List.of()).standaloneQuestion()).isEqualTo("and for part-time work?");
    }
}
