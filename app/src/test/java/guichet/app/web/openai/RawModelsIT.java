package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.StructuredChatCompletion;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat models served raw through the OpenAI API, as an integrator's code calls them with the
 * official OpenAI Java client: by the model's id, with structured output the engine enforces, usage
 * on every path, several choices, and OpenAI-shaped refusals naming what was wrong.
 */
class RawModelsIT extends RunningGuichet {

    private static final int STRUCTURED_CALLS = 50;

    private OpenAIClient openAi;

    @BeforeEach
    void client() {
        openAi = client(apiKeys.create("integrator", false).token());
    }

    private OpenAIClient client(String key) {
        return OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/v1").apiKey(key).maxRetries(0)
                .timeout(Duration.ofMinutes(3)).responseValidation(true).build();
    }

    @Test
    void aChatModelsIdIsServedRawWithItsUsageAndSeveralChoices() {
        ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID)
                .addUserMessage("Name a colour.")
                .temperature(0.9)
                .seed(7)
                .n(2)
                .maxCompletionTokens(12)
                .build());

        assertThat(completion.model()).isEqualTo(TestModels.CHAT_ID);
        assertThat(completion.choices()).hasSize(2).allSatisfy(choice ->
                assertThat(choice.message().content()).hasValueSatisfying(text -> assertThat(text).isNotBlank()));
        assertThat(completion.choices()).extracting(ChatCompletion.Choice::index).containsExactly(0L, 1L);
        var usage = completion.usage().orElseThrow();
        assertThat(usage.promptTokens()).isPositive();
        assertThat(usage.completionTokens()).isBetween(2L, 24L);
        assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + usage.completionTokens());
        assertThat(completion._additionalProperties().get("guichet").convert(JsonNode.class).path("status").asText())
                .isEqualTo("ungrounded");
    }

    @Test
    void aStreamAskedForItsUsageEndsWithIt() {
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = openAi.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model(TestModels.CHAT_ID)
                        .addUserMessage("Write one sentence about the sea.").temperature(0.0).maxCompletionTokens(20)
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            stream.stream().forEach(chunk -> {
                chunks.add(chunk);
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
            });
        }

        ChatCompletionChunk last = chunks.getLast();
        assertThat(last.choices()).isEmpty();
        var usage = last.usage().orElseThrow();
        assertThat(usage.completionTokens()).isBetween(1L, 20L);
        assertThat(usage.promptTokens()).isPositive();
        assertThat(text.toString()).isNotBlank();
    }

    @Test
    void everyStrictJsonSchemaCallParsesAndMatchesTheSchema() {
        Map<String, Object> schema = Map.of(
                "type", "object",
                "properties", Map.of(
                        "name", Map.of("type", "string", "minLength", 1, "maxLength", 24),
                        "age", Map.of("type", "integer", "minimum", 0, "maximum", 120),
                        "employed", Map.of("type", "boolean"),
                        "benefit", Map.of("type", "string", "enum", List.of("jsa", "esa", "universal_credit", "none"))),
                "required", List.of("name", "age", "employed", "benefit"),
                "additionalProperties", false);
        String[] people = {"Amira, 34, works part time in a bakery and claims Universal Credit.",
                "Tom is 58, out of work since March, on JSA.", "Léa, 22 ans, étudiante, sans allocation.",
                "Kwame (41) had a stroke, cannot work, gets ESA.", "my nan is 87 and retired"};
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schemaBody = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        schema.forEach((key, value) -> schemaBody.putAdditionalProperty(key, JsonValue.from(value)));
        ResponseFormatJsonSchema format = ResponseFormatJsonSchema.builder().jsonSchema(ResponseFormatJsonSchema.JsonSchema
                .builder().name("person").strict(true).schema(schemaBody.build()).build()).build();
        int valid = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < STRUCTURED_CALLS; i++) {
            ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                    .model(TestModels.CHAT_ID)
                    .addSystemMessage("Extract the person as JSON.")
                    .addUserMessage(people[i % people.length])
                    .temperature(0.8)
                    .seed(i)
                    .maxCompletionTokens(160)
                    .responseFormat(format)
                    .build());
            String text = completion.choices().getFirst().message().content().orElse("");
            String problem = problem(text);
            if (problem == null) {
                valid++;
            } else {
                failures.add(problem + ": " + text);
            }
        }

        assertThat(failures).as("outputs that do not match the schema").isEmpty();
        assertThat(valid).isEqualTo(STRUCTURED_CALLS);
    }

    /** What is wrong with {@code text} against the person schema, or null when it matches. */
    private static String problem(String text) {
        JsonNode person;
        try {
            person = JSON.readTree(text);
        } catch (Exception e) {
            return "not JSON";
        }
        if (!person.isObject() || person.size() != 4) {
            return "not an object of exactly the four properties";
        }
        String name = person.path("name").isTextual() ? person.path("name").asText() : null;
        if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > 24) {
            return "name";
        }
        if (!person.path("age").isIntegralNumber() || person.path("age").asInt() < 0 || person.path("age").asInt() > 120) {
            return "age";
        }
        if (!person.path("employed").isBoolean()) {
            return "employed";
        }
        if (!List.of("jsa", "esa", "universal_credit", "none").contains(person.path("benefit").asText(null))) {
            return "benefit";
        }
        return null;
    }

    /** What an AI service built on the client gets back: a record, from the class's own schema. */
    record Claimant(String name, int age, boolean employed) {
    }

    @Test
    void aRecordAskedForByItsClassComesBackAsThatRecord() {
        StructuredChatCompletion<Claimant> completion = openAi.chat().completions().create(
                ChatCompletionCreateParams.builder().model(TestModels.CHAT_ID)
                        .addUserMessage("Tom is 58 and out of work.").temperature(0.0).maxCompletionTokens(60)
                        .responseFormat(Claimant.class).build());

        Claimant claimant = completion.choices().getFirst().message().content().orElseThrow();
        assertThat(claimant.name()).isNotNull();
    }

    @Test
    void aJsonObjectIsAskedForAndAJsonObjectComesBack() throws Exception {
        ChatCompletion completion = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID)
                .addUserMessage("Give the capital of France as JSON, with the key capital.")
                .temperature(0.0)
                .maxCompletionTokens(200)
                .responseFormat(ResponseFormatJsonObject.builder().build())
                .build());

        String text = completion.choices().getFirst().message().content().orElseThrow();
        assertThat(JSON.readTree(text).isObject()).as(text).isTrue();
    }

    @Test
    void aKeyLimitedToTheAssistantMayNotCallAModelRaw() {
        OpenAIClient limited = client(apiKeys.create("citizen-portal", false, true).token());

        assertThatThrownBy(() -> limited.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID).addUserMessage("hi").build()))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e ->
                        assertThat(e.getMessage()).contains("assistant only"));
        assertThatThrownBy(() -> limited.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("guichet").addUserMessage("hi").putAdditionalBodyProperty("grounded", JsonValue.from(false))
                .build())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aCallWithoutAKeyOrWithAWrongOneIsAnOpenAiShaped401() {
        Client keyless = new Client(this, null, null);

        HttpResponse<String> response = keyless.post("/v1/chat/completions",
                Map.of("model", "guichet", "messages", List.of(Map.of("role", "user", "content", "hi"))));

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode error = json(response).path("error");
        assertThat(error.path("code").asText()).isEqualTo("invalid_api_key");
        assertThat(error.path("type").asText()).isEqualTo("authentication_error");
        assertThat(error.path("message").asText()).contains("API key");
        assertThatThrownBy(() -> client("gk_not-a-key").models().list()).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void wrongTypesAndWhatAModelCannotHonourAre400sNamingTheParameter() {
        Client client = new Client(this, apiKeys.create("careless", false).token(), null);
        List<Map<String, Object>> hi = List.of(Map.of("role", "user", "content", "hi"));
        record Case(Map<String, Object> body, String param) {
        }
        for (Case bad : List.of(
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", hi, "n", "two"), "n"),
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", hi, "temperature", 7), "temperature"),
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", hi, "logprobs", true), "logprobs"),
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", hi, "response_format",
                        Map.of("type", "yaml")), "response_format"),
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", hi, "stream", true, "n", 2), "n"),
                new Case(Map.of("model", "guichet", "messages", hi, "n", 3), "n"),
                new Case(Map.of("model", TestModels.CHAT_ID, "messages", List.of(Map.of("role", "user", "content",
                        List.of(Map.of("type", "text", "text", "What is on this letter?"),
                                Map.of("type", "image_url", "image_url", Map.of("url", "data:image/png;base64,AA==")))))),
                        "messages"),
                new Case(Map.of("model", "guichet", "messages", hi, "response_format",
                        Map.of("type", "json_object")), "response_format"))) {
            HttpResponse<String> response = client.post("/v1/chat/completions", bad.body());

            assertThat(response.statusCode()).as(bad.body() + "\n" + response.body()).isEqualTo(400);
            JsonNode error = json(response).path("error");
            assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
            assertThat(error.path("param").asText()).as(response.body()).isEqualTo(bad.param());
        }
        assertThatThrownBy(() -> openAi.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(TestModels.CHAT_ID).addUserMessage("hi").presencePenalty(3.0).build()))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aFullEngineQueueIsA503WithRetryAfterAsOpenAiClientsExpect() {
        Client client = new Client(this, apiKeys.create("burst", false).token(), null);
        Map<String, Object> body = Map.of("model", TestModels.CHAT_ID, "max_tokens", 60, "temperature", 0,
                "messages", List.of(Map.of("role", "user", "content", "Count from 1 to 100.")));
        // two slots and a queue of two: eight at once cannot all be taken
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(client.http().sendAsync(client.postRequest("/v1/chat/completions", body),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = burst.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() != 200).toList();
        assertThat(refused).as("refused while the queue was full").isNotEmpty().allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(response).path("error").path("code").asText()).isEqualTo("engine_overloaded");
        });
        assertThat(responses).anySatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
    }

    @Test
    void parametersGuichetDoesNotKnowAreIgnoredAsOpenAiDoes() {
        Client client = new Client(this, apiKeys.create("newer-sdk", false).token(), null);

        HttpResponse<String> response = client.post("/v1/chat/completions", Map.of("model", TestModels.CHAT_ID,
                "messages", List.of(Map.of("role", "user", "content", "Say yes.")), "max_completion_tokens", 4,
                "user", "case-worker-17", "frequency_penalty", 0.5, "service_tier", "auto", "metadata", Map.of("a", "b")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("usage").path("completion_tokens").asInt()).isBetween(1, 4);
    }
}
