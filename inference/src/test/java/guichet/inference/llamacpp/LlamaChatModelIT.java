package guichet.inference.llamacpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.ChatMessage;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InvalidRequestException;
import guichet.inference.PromptTooLongException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlamaChatModelIT {

    private final LlamaChatModel model = SharedChatModel.get();

    @Test
    void exposesTheModelsOwnMetadata() {
        assertThat(model.info().architecture()).isEqualTo("llama");
        assertThat(model.info().quantization()).isEqualTo("Q4_1");
        assertThat(model.info().trainedContextTokens()).isEqualTo(8192);
        assertThat(model.info().parameterCount()).isBetween(130_000_000L, 140_000_000L);
        assertThat(model.info().chatTemplate()).contains("<|im_start|>");
    }

    @Test
    void answersASimpleInstructionCoherently() {
        ChatResult result = model.chat(ChatRequest.of(List.of(
                ChatMessage.system("You are a helpful assistant. Answer briefly."),
                ChatMessage.user("What is the capital city of France?"))));

        assertThat(result.text()).containsIgnoringCase("Paris");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.completionTokens()).isPositive();
    }

    @Test
    void streamsThePiecesThatMakeUpTheAnswer() {
        List<String> pieces = new CopyOnWriteArrayList<>();
        ChatResult result = model.generate(ChatRequest.ofUser("Name three colours."), pieces::add).await();

        assertThat(pieces.size()).isGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(result.text());
    }

    @Test
    void producesJsonThatConformsToTheSchema() throws Exception {
        String schema = """
                {"type":"object","properties":{
                  "city":{"type":"string"},
                  "population":{"type":"integer","minimum":0},
                  "tags":{"type":"array","items":{"type":"string","enum":["capital","port","village"]},"maxItems":3}},
                 "required":["city","population","tags"],"additionalProperties":false}""";
        ChatRequest request = ChatRequest.ofUser("Describe Paris as JSON.")
                .withFormat(ResponseFormat.JsonSchema.parse(schema));

        JsonNode json = new ObjectMapper().readTree(model.chat(request).text());

        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("city", "population", "tags");
        assertThat(json.get("city").isTextual()).isTrue();
        assertThat(json.get("population").isIntegralNumber()).isTrue();
        assertThat(json.get("population").asLong()).isNotNegative();
        json.get("tags").forEach(tag -> assertThat(tag.asText()).isIn("capital", "port", "village"));
    }

    @Test
    void givesIdenticalTextForTheSameSeedAtTemperatureZero() {
        ChatRequest request = ChatRequest.ofUser("Write one sentence about the sea.")
                .withSampling(Sampling.GREEDY.withSeed(1234).withMaxTokens(40));

        assertThat(model.chat(request).text()).isEqualTo(model.chat(request).text());
    }

    @Test
    void finishesFourConcurrentStreams() {
        List<Generation> generations = new ArrayList<>();
        for (String topic : List.of("cats", "rivers", "bread", "trains")) {
            generations.add(model.generate(ChatRequest.ofUser("Write two sentences about " + topic + ".")
                    .withSampling(Sampling.GREEDY.withMaxTokens(48)), piece -> { }));
        }

        for (Generation generation : generations) {
            ChatResult result = generation.await(Duration.ofMinutes(2));
            assertThat(result.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
            assertThat(result.text()).isNotBlank();
        }
    }

    @Test
    void stopsAtAStopString() {
        ChatRequest request = ChatRequest.ofUser("Count from 1 to 20, separated by commas.")
                .withStop(List.of("7"));

        ChatResult result = model.chat(request);

        assertThat(result.text()).doesNotContain("7").contains("6");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void stopsAtTheTokenBudget() {
        ChatResult result = model.chat(ChatRequest.ofUser("Tell me a long story about a dragon.")
                .withSampling(Sampling.GREEDY.withMaxTokens(8)));

        assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(result.completionTokens()).isEqualTo(8);
    }

    @Test
    void reusesTheCachedPrefixOfASharedSystemPrompt() {
        String system = "You are Guichet, an assistant for public services. " + "Answer from official guidance only. ".repeat(40);
        model.chat(ChatRequest.of(List.of(ChatMessage.system(system), ChatMessage.user("Hello")))
                .withSampling(Sampling.GREEDY.withMaxTokens(4)));

        ChatResult warm = model.chat(ChatRequest.of(List.of(ChatMessage.system(system),
                ChatMessage.user("How do I claim support?"))).withSampling(Sampling.GREEDY.withMaxTokens(4)));

        assertThat(warm.engineTimings()).isPresent();
        assertThat(warm.engineTimings().get().promptTokens()).isLessThan(warm.promptTokens() / 4);
    }

    @Test
    void countsTheTokensOfATemplatedConversation() {
        int short_ = model.countTokens(List.of(ChatMessage.user("Hi")));
        int longer = model.countTokens(List.of(ChatMessage.user("Hi there, how are you doing today?")));

        assertThat(short_).isPositive();
        assertThat(longer).isGreaterThan(short_);
    }

    @Test
    void rejectsAPromptLongerThanTheContext() {
        ChatRequest request = ChatRequest.ofUser("word ".repeat(3000));

        assertThatThrownBy(() -> model.generate(request, piece -> { }))
                .isInstanceOf(PromptTooLongException.class)
                .hasMessageContaining("context window holds 2048");
    }

    @Test
    void rejectsAnInvalidSchemaWithATypedError() {
        ChatRequest request = ChatRequest.ofUser("Hi")
                .withFormat(ResponseFormat.JsonSchema.parse("{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/nowhere\"}}}"));

        assertThatThrownBy(() -> model.chat(request))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("json_schema");
    }

    @Test
    void rejectsSchemaTextThatIsNotJson() {
        assertThatThrownBy(() -> ResponseFormat.JsonSchema.parse("{type: object"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
