package guichet.app.ask;

import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.pipeline.stage.CheckAnswer;
import guichet.app.ask.pipeline.stage.CheckInput;
import guichet.app.ask.pipeline.stage.ExplainRefusal;
import guichet.app.ask.pipeline.stage.ComposeAnswer;
import guichet.app.ask.pipeline.stage.DateTheGuidance;
import guichet.app.ask.pipeline.stage.GuardManipulation;
import guichet.app.ask.pipeline.stage.ReadPastedText;
import guichet.app.ask.pipeline.stage.RephraseQuestion;
import guichet.app.ask.pipeline.stage.RetrieveGuidance;
import guichet.app.ask.pipeline.stage.RouteQuestion;
import guichet.app.ask.pipeline.stage.SeparatePastedText;
import guichet.app.ask.safety.InputProperties;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.shared.text.QuestionLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The answer pipeline, in the one place where its order can be read. */
@Configuration
class AnswerPipelineConfiguration {

    /** Language detection among the languages citizens may write in, shared with the desk and the journey. */
    @Bean
    QuestionLanguage questionLanguage(InputProperties input) {
        return new QuestionLanguage(input.languages(), input.minLettersForLanguage());
    }

    @Bean
    AnswerPipeline answerPipeline(CheckInput checkInput, SeparatePastedText separatePastedText,
                                  GuardManipulation guardManipulation, RephraseQuestion rephraseQuestion,
                                  RouteQuestion routeQuestion, ExplainRefusal explainRefusal, ReadPastedText readPastedText,
                                  RetrieveGuidance retrieveGuidance, ComposeAnswer composeAnswer,
                                  DateTheGuidance dateTheGuidance, CheckAnswer checkAnswer, CitizenTexts texts, Clock clock) {
        return new AnswerPipeline(List.of(
                checkInput,          // 1. size, invisible characters set aside, personal data redacted before anything else
                separatePastedText,  // 2. the citizen's request apart from a letter they pasted (data, never obeyed)
                guardManipulation,   // 3. jailbreaks and injected instructions in the request
                rephraseQuestion,    // 4. a follow-up made to stand alone
                routeQuestion,       // 5. crisis (reply first, question after), harmful, out of scope, account data...
                explainRefusal,      // 6. a harmful request: the rule, the consequence, the legitimate route, cited
                readPastedText,      // 7. a pasted letter's key sentences, meaning and suspicious parts
                retrieveGuidance,    // 8. hybrid, cross-language search of the guidance
                composeAnswer,       // 9. quotes + lead-in under a JSON schema
                dateTheGuidance,     // 10. a caveat when a cited page is older than guichet.knowledge.stale-after
                checkAnswer),        // 11. citations, figures, language, forbidden terms
                clock, context -> texts.reply("reply.error", CitizenTexts.replyLanguage(context.language())));
    }
}
