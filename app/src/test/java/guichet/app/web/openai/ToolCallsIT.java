package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Function calling through the OpenAI API with the small test model: a required or named call always
 * names a declared function with arguments that match its schema (the engine's grammar sees to it),
 * in a response and in a stream, and a tool's result is taken back into the conversation.
 */
class ToolCallsIT extends RunningGuichet {

    private static final ChatCompletionFunctionTool FIND_JOBS = tool("find_jobs", "Search job offers near a place.",
            Map.of("type", "object", "properties", Map.of(
                    "query", Map.of("type", "string", "maxLength", 40),
                    "town", Map.of("type", "string", "maxLength", 30),
                    "distance_km", Map.of("type", "integer", "minimum", 0, "maximum", 200)),
                    "required", List.of("query", "town", "distance_km"), "additionalProperties", false));
    private static final ChatCompletionFunctionTool NEXT_PAYMENT = tool("next_payment_date",
            "The date of the next benefit payment.", Map.of("type", "object", "properties", Map.of(
                    "benefit", Map.of("type", "string", "enum", List.of("jsa", "esa", "universal_credit"))),
                    "required", List.of("benefit"), "additionalProperties", false));

    private OpenAIClient openAi;

    @BeforeEach
    void client() {
        openAi = OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/v1")
                .apiKey(apiKeys.create("agent", false).token()).maxRetries(0).timeout(Duration.ofMinutes(3))
                .responseValidation(true).build();
    }

    @Test
    void aRequiredCallNamesADeclaredFunctionWithArgumentsThatMatchItsSchema() throws Exception {
        ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID)
                .addUserMessage("Find me warehouse jobs within 10 km of Leeds.")
                .addTool(FIND_JOBS).addTool(NEXT_PAYMENT)
                .toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED)
                .temperature(0.0)
                // room for up to four calls: batched decoding can make temperature 0 write more whitespace
                .maxCompletionTokens(400)
                .build());

        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        List<ChatCompletionMessageToolCall> calls = choice.message().toolCalls().orElseThrow();
        assertThat(calls).isNotEmpty().hasSizeLessThanOrEqualTo(ToolCalling.MAX_PARALLEL_CALLS);
        for (ChatCompletionMessageToolCall call : calls) {
            ChatCompletionMessageFunctionToolCall function = call.asFunction();
            assertThat(function.id()).startsWith("call_");
            JsonNode arguments = JSON.readTree(function.function().arguments());
            if (function.function().name().equals("find_jobs")) {
                assertThat(arguments.path("query").isTextual()).isTrue();
                assertThat(arguments.path("town").isTextual()).isTrue();
                assertThat(arguments.path("distance_km").asInt(-1)).isBetween(0, 200);
            } else {
                assertThat(function.function().name()).isEqualTo("next_payment_date");
                assertThat(arguments.path("benefit").asText()).isIn("jsa", "esa", "universal_credit");
            }
        }
    }

    @Test
    void aNamedFunctionIsCalledInAStreamAsOneDelta() throws Exception {
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = openAi.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model(TestModels.CHAT_ID)
                        .addUserMessage("When is my next Universal Credit payment?")
                        .addTool(FIND_JOBS).addTool(NEXT_PAYMENT)
                        .toolChoice(ChatCompletionNamedToolChoice.builder().function(
                                ChatCompletionNamedToolChoice.Function.builder().name("next_payment_date").build()).build())
                        .temperature(0.0).maxCompletionTokens(120).build())) {
            stream.stream().forEach(chunks::add);
        }

        var call = chunks.stream().flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.delta().toolCalls().stream().flatMap(List::stream)).findFirst().orElseThrow();
        assertThat(call.function().orElseThrow().name()).contains("next_payment_date");
        assertThat(JSON.readTree(call.function().orElseThrow().arguments().orElseThrow()).path("benefit").asText())
                .isIn("jsa", "esa", "universal_credit");
        assertThat(chunks.stream().flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.finishReason().stream()).toList())
                .containsExactly(ChatCompletionChunk.Choice.FinishReason.TOOL_CALLS);
    }

    @Test
    void aToolsResultIsTakenBackAndAnsweredInText() {
        ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID)
                .addUserMessage("When is my next JSA payment?")
                .addMessage(ChatCompletionAssistantMessageParam.builder().toolCalls(List.of(
                        ChatCompletionMessageToolCall.ofFunction(ChatCompletionMessageFunctionToolCall.builder()
                                .id("call_1").function(ChatCompletionMessageFunctionToolCall.Function.builder()
                                        .name("next_payment_date").arguments("{\"benefit\":\"jsa\"}").build())
                                .build()))).build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId("call_1")
                        .content("{\"date\": \"2026-12-14\"}").build())
                .addTool(NEXT_PAYMENT)
                .toolChoice(ChatCompletionToolChoiceOption.Auto.NONE)
                .temperature(0.0)
                .maxCompletionTokens(30)
                .build());

        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertThat(choice.message().toolCalls().orElse(List.of())).isEmpty();
        assertThat(choice.message().content()).hasValueSatisfying(text -> assertThat(text).isNotBlank());
    }

    private static ChatCompletionFunctionTool tool(String name, String description, Map<String, Object> schema) {
        FunctionParameters.Builder parameters = FunctionParameters.builder();
        schema.forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
        return ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name(name)
                .description(description).parameters(parameters.build()).build()).build();
    }
}
