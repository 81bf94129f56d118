package guichet.app.web.openai;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.ReturnBehavior;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI API as a Java application built on LangChain4j uses it: an AI service that returns a record
 * (LangChain4j sends the record's JSON schema, strict) and one that calls a Java method as a tool. With the
 * 135M test model the call is what is checked: the tool's result is returned as it is (a model that small
 * calls the tool again rather than answer from its result; the bigger models answer, see ADR 41).
 */
class LangChain4jClientIT extends RunningGuichet {

    /** What the extracting service returns. */
    record Claimant(String name, int age, boolean employed) {
    }

    interface Extractor {
        Claimant extract(String text);
    }

    interface Adviser {
        Result<String> answer(String question);
    }

    /** A case-management lookup the model may call. */
    static final class PaymentCalendar {

        final List<String> asked = new ArrayList<>();

        @Tool(value = "The date of the next payment of a benefit", returnBehavior = ReturnBehavior.IMMEDIATE)
        String nextPaymentDate(@P("the benefit: jsa, esa or universal_credit") String benefit) {
            asked.add(benefit);
            return "2026-12-14";
        }
    }

    private ChatModel model() {
        return OpenAiChatModel.builder()
                .baseUrl("http://localhost:" + port + "/v1")
                .apiKey(apiKeys.create("langchain4j", false).token())
                .modelName(TestModels.CHAT_ID)
                .supportedCapabilities(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .strictJsonSchema(true)
                .temperature(0.0)
                .maxCompletionTokens(120)
                .timeout(Duration.ofMinutes(3))
                .maxRetries(0)
                .build();
    }

    @Test
    void anAiServiceReturnsARecordFromTheRecordsOwnSchema() {
        Extractor extractor = AiServices.create(Extractor.class, model());

        Claimant claimant = extractor.extract("Tom is 58 and has been out of work since March.");

        assertThat(claimant).isNotNull();
        assertThat(claimant.name()).isNotNull();
    }

    @Test
    void anAiServiceCallsAJavaMethodAsATool() {
        PaymentCalendar calendar = new PaymentCalendar();
        Adviser adviser = AiServices.builder(Adviser.class).chatModel(model()).tools(calendar).build();

        Result<String> result = adviser.answer("When is my next JSA payment?");

        assertThat(calendar.asked).isNotEmpty().allSatisfy(benefit -> assertThat(benefit).isNotBlank());
        assertThat(result.toolExecutions()).isNotEmpty().allSatisfy(execution ->
                assertThat(execution.result()).isEqualTo("2026-12-14"));
    }
}
