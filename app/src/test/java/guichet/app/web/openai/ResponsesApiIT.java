package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.StructuredResponse;
import com.openai.models.responses.ToolChoiceOptions;
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
 * {@code POST /v1/responses} through the official OpenAI Java client, which checks every object and event
 * it reads: the grounded assistant with its sources as citations, a raw model streamed event by event,
 * structured output into a record, and a function call whose result comes back as an input item.
 */
class ResponsesApiIT extends RunningGuichet {

    private OpenAIClient openAi;

    @BeforeEach
    void client() {
        openAi = OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/v1")
                .apiKey(apiKeys.create("responses", false).token()).maxRetries(0).timeout(Duration.ofMinutes(3))
                .responseValidation(true).build();
    }

    @Test
    void theAssistantAnswersWithItsSourcesAsCitations() {
        Response response = openAi.responses().create(ResponseCreateParams.builder().model("guichet")
                .input("I'm 19, what is the minimum wage for me from April 2025?").build());

        ResponseOutputText text = response.output().getFirst().asMessage().content().getFirst().asOutputText();
        assertThat(text.text()).contains("£10.00");
        assertThat(text.annotations()).isNotEmpty().allSatisfy(annotation ->
                assertThat(annotation.asUrlCitation().url()).startsWith("https://www.gov.uk/"));
        assertThat(response.status()).hasValueSatisfying(status -> assertThat(status.asString()).isEqualTo("completed"));
        assertThat(response._additionalProperties().get("guichet").convert(JsonNode.class).path("status").asText())
                .isEqualTo("answered");
    }

    @Test
    void aRawModelStreamsItsTextEventByEventAndEndsWithTheWholeResponse() {
        List<ResponseStreamEvent> events = new ArrayList<>();
        try (StreamResponse<ResponseStreamEvent> stream = openAi.responses().createStreaming(ResponseCreateParams
                .builder().model(TestModels.CHAT_ID).instructions("You are brief.")
                .input("Write one sentence about the sea.").temperature(0.0).maxOutputTokens(20).build())) {
            stream.stream().forEach(events::add);
        }

        assertThat(events.getFirst().isCreated()).isTrue();
        StringBuilder deltas = new StringBuilder();
        events.stream().filter(ResponseStreamEvent::isOutputTextDelta)
                .forEach(event -> deltas.append(event.asOutputTextDelta().delta()));
        assertThat(events.stream().filter(ResponseStreamEvent::isOutputTextDelta).count()).isGreaterThan(1);
        Response done = events.getLast().asCompleted().response();
        assertThat(done.output().getFirst().asMessage().content().getFirst().asOutputText().text())
                .isEqualTo(deltas.toString()).isNotBlank();
        assertThat(done.usage().orElseThrow().outputTokens()).isBetween(1L, 20L);
    }

    /** What a structured call reads into. */
    record Claimant(String name, int age) {
    }

    @Test
    void aStructuredResponseComesBackAsTheRecordAskedFor() {
        StructuredResponse<Claimant> response = openAi.responses().create(ResponseCreateParams.builder()
                .model(TestModels.CHAT_ID).input("Tom is 58 and out of work.").temperature(0.0).maxOutputTokens(80)
                .text(Claimant.class).build());

        Claimant claimant = response.output().getFirst().asMessage().content().getFirst().asOutputText();
        assertThat(claimant.name()).isNotNull();
        assertThat(claimant.age()).isBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Test
    void aFunctionCallAndItsResultMakeARoundTrip() {
        FunctionTool nextPayment = FunctionTool.builder().name("next_payment_date").strict(true)
                .description("The date of the next benefit payment.")
                .parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("benefit", Map.of("type", "string",
                                "enum", List.of("jsa", "esa", "universal_credit")))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("benefit")))
                        .putAdditionalProperty("additionalProperties", JsonValue.from(false)).build())
                .build();

        Response calling = openAi.responses().create(ResponseCreateParams.builder().model(TestModels.CHAT_ID)
                .input("When is my next JSA payment?").addTool(nextPayment).toolChoice(ToolChoiceOptions.REQUIRED)
                .temperature(0.0).maxOutputTokens(200).build());

        assertThat(calling.output()).as(calling.output().toString()).anyMatch(ResponseOutputItem::isFunctionCall);
        ResponseFunctionToolCall call = calling.output().stream().filter(ResponseOutputItem::isFunctionCall)
                .map(ResponseOutputItem::asFunctionCall).findFirst().orElseThrow();
        assertThat(call.name()).isEqualTo("next_payment_date");
        assertThat(call.arguments()).contains("benefit");

        Response answered = openAi.responses().create(ResponseCreateParams.builder().model(TestModels.CHAT_ID)
                .inputOfResponse(List.of(
                        ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
                                .role(com.openai.models.responses.EasyInputMessage.Role.USER)
                                .content("When is my next JSA payment?").build()),
                        ResponseInputItem.ofFunctionCall(call),
                        ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                                .callId(call.callId()).output("{\"date\": \"2026-12-14\"}").build())))
                .addTool(nextPayment).toolChoice(ToolChoiceOptions.NONE)
                .temperature(0.0).maxOutputTokens(30).build());

        assertThat(answered.output().getFirst().isMessage()).isTrue();
        assertThat(answered.output().getFirst().asMessage().content().getFirst().asOutputText().text()).isNotBlank();
    }
}
