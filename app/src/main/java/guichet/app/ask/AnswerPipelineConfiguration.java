package guichet.app.ask;

import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.pipeline.stage.CheckAnswer;
import guichet.app.ask.pipeline.stage.CheckInput;
import guichet.app.ask.pipeline.stage.ComposeAnswer;
import guichet.app.ask.pipeline.stage.DateTheGuidance;
import guichet.app.ask.pipeline.stage.GuardManipulation;
import guichet.app.ask.pipeline.stage.RephraseQuestion;
import guichet.app.ask.pipeline.stage.RetrieveGuidance;
import guichet.app.ask.pipeline.stage.RouteQuestion;
import guichet.app.ask.text.CitizenTexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The answer pipeline, in the one place where its order can be read. */
@Configuration
class AnswerPipelineConfiguration {

    @Bean
    AnswerPipeline answerPipeline(CheckInput checkInput, GuardManipulation guardManipulation,
                                  RephraseQuestion rephraseQuestion, RouteQuestion routeQuestion,
                                  RetrieveGuidance retrieveGuidance, ComposeAnswer composeAnswer,
                                  DateTheGuidance dateTheGuidance, CheckAnswer checkAnswer, CitizenTexts texts,
                                  Clock clock) {
        return new AnswerPipeline(List.of(
                checkInput,         // 1. size, invisible characters, personal data redacted before anything else
                guardManipulation,  // 2. jailbreaks and injected instructions
                rephraseQuestion,   // 3. a follow-up made to stand alone
                routeQuestion,      // 4. crisis, greeting, harmful, out of scope, account data, unclear
                retrieveGuidance,   // 5. hybrid, cross-language search of the guidance
                composeAnswer,      // 6. quotes + lead-in under a JSON schema
                dateTheGuidance,    // 7. a caveat when a cited page is older than guichet.knowledge.stale-after
                checkAnswer),       // 8. citations, figures, language, forbidden terms
                clock, context -> texts.reply("reply.error", CitizenTexts.replyLanguage(context.language())));
    }
}
