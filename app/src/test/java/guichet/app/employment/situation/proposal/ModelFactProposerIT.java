package guichet.app.employment.situation.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.TestModels;
import guichet.app.employment.EmploymentProperties;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.SituationExtractorTest;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.inference.llamacpp.LlamaSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model proposer's plumbing on the real default model, asked although it is below the size the journey
 * trusts (min-parameters forced to 0): the request goes out under the fact schema, what comes back parses,
 * and every proposal goes through the check. Not a test of what SmolLM2 reads (it reads badly).
 */
class ModelFactProposerIT {

    @Test
    void theModelIsAskedUnderTheFactSchemaAndWhatItProposesIsChecked() throws Exception {
        EmploymentProperties.Reader forced = new EmploymentProperties.Reader(true, 0, 120);
        try (LlamaChatModel chat = LlamaChatModel.load(LlamaSettings.defaults(TestModels.chatModelFile()).withThreads(2)
                .withContextTokens(2048).withSlots(1), Files.createTempDirectory("native"))) {
            assertThat(FactProposers.asks(forced, chat.info().parameterCount())).isTrue();
            assertThat(FactProposers.asks(new EmploymentProperties.Reader(true, 400_000_000, 120), chat.info().parameterCount()))
                    .as("SmolLM2-135M is below the default").isFalse();
            ModelFactProposer proposer = FactProposers.of(chat, new OverridableResources(Files.createTempDirectory("home")),
                    "en", forced.maxTokens(), Clock.systemUTC());
            String message = "I'm thirty-four, I live in Leeds and I've got about £25k put by.";
            Set<Fact> wanted = EnumSet.of(Fact.AGE, Fact.SAVINGS, Fact.COUNTRY, Fact.HEALTH_PREVENTS_WORK);

            FactProposer.Proposals proposals = proposer.propose(message, Situation.empty(), wanted, "en");

            assertThat(proposals.problem()).as("output under the schema parses (whole, or cut short by the token limit)")
                    .doesNotContain("not valid JSON");
            assertThat(proposals.model()).isEqualTo(chat.info().id());
            assertThat(proposals.completionTokens()).isPositive();
            assertThat(proposals.facts()).allSatisfy(p -> assertThat(wanted.stream().map(Fact::key)).contains(p.fact()));
            List<SupportCheck.Verdict> verdicts = new SupportCheck(SituationExtractorTest.extractor())
                    .check(proposals.facts(), message, wanted, Situation.empty(), "en");
            assertThat(verdicts).hasSameSizeAs(proposals.facts());
            verdicts.forEach(v -> v.kept().ifPresent(f -> assertThat(message).containsIgnoringCase(f.words())));
            System.out.println("SmolLM2 proposed " + new ObjectMapper().writeValueAsString(proposals.facts()) + " in "
                    + proposals.millis() + " ms; kept " + verdicts.stream().filter(v -> v.kept().isPresent()).count());
        }
    }
}
