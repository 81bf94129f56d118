package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.usage.Quota;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-key quotas on the OpenAI API and the usage an operator bills from: a key past its limit gets
 * OpenAI's 429 with Retry-After, and the database's totals are the sum of what the responses said.
 */
class KeyQuotasIT extends RunningGuichet {

    private static final List<Map<String, String>> HELLO = List.of(Map.of("role", "user", "content", "Say hello."));

    @Test
    void aKeyPastItsDailyRequestsGetsA429WithRetryAfter() {
        Client client = new Client(this, apiKeys.create("two-a-day", false, false,
                new Quota(null, 2L, null, null)).token(), null);
        Map<String, Object> body = Map.of("model", TestModels.CHAT_ID, "messages", HELLO, "max_tokens", 3);

        assertThat(client.post("/v1/chat/completions", body).statusCode()).isEqualTo(200);
        assertThat(client.post("/v1/embeddings", Map.of("model", TestModels.EMBEDDING_ID, "input", "hello"))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> refused = client.post("/v1/chat/completions", body);

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 24L * 3600);
        JsonNode error = json(refused).path("error");
        assertThat(error.path("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.path("type").asText()).isEqualTo("rate_limit_error");
        assertThat(error.path("message").asText()).contains("requests for this day (2)");
    }

    @Test
    void theRequestThatCrossesATokenLimitIsServedAndTheNextIsRefused() {
        Client client = new Client(this, apiKeys.create("ten-tokens", false, false,
                new Quota(null, null, null, 10L)).token(), null);
        Map<String, Object> body = Map.of("model", TestModels.CHAT_ID, "messages", HELLO, "max_tokens", 3);

        assertThat(client.post("/v1/chat/completions", body).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = client.post("/v1/chat/completions", body);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).path("error").path("message").asText()).contains("tokens for this day (10)");
    }

    @Test
    void theUsageInTheDatabaseIsTheSumOfTheResponsesUsage() {
        Client client = new Client(this, apiKeys.create("billed", false).token(), null);
        String keyId = keyId(client.apiKey());
        long prompt = 0;
        long completion = 0;
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("model", TestModels.CHAT_ID, "messages", HELLO, "max_tokens", 5),
                Map.of("model", TestModels.CHAT_ID, "messages", HELLO, "max_tokens", 4, "n", 2),
                Map.of("model", "guichet", "messages", List.of(Map.of("role", "user",
                        "content", "What is the minimum wage for a 19 year old?"))))) {
            HttpResponse<String> response = client.post("/v1/chat/completions", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            prompt += json(response).path("usage").path("prompt_tokens").asLong();
            completion += json(response).path("usage").path("completion_tokens").asLong();
        }

        JsonNode report = json(apiClient("billing", true).get("/api/v1/admin/usage"));
        long billedPrompt = 0;
        long billedCompletion = 0;
        long requests = 0;
        for (JsonNode line : report.path("usage")) {
            if (line.path("key_id").asText().equals(keyId)) {
                billedPrompt += line.path("prompt_tokens").asLong();
                billedCompletion += line.path("completion_tokens").asLong();
                requests += line.path("requests").asLong();
            }
        }
        assertThat(requests).isEqualTo(3);
        assertThat(billedPrompt).isEqualTo(prompt).isPositive();
        assertThat(billedCompletion).isEqualTo(completion).isPositive();
    }

    private String keyId(String token) {
        return apiKeys.authenticate(token).orElseThrow().id();
    }
}
