package guichet.app.ask.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty conversations at once against one running app (2 engine slots, 2 waiting, 6 answers at
 * once), a third of them streamed: each one is answered or told 429 with Retry-After (a stream is
 * not committed before admission is decided, so it gets a real 429 too); none hangs; the app is
 * healthy and answers afterwards.
 */
class OverloadIT extends RunningGuichet {

    private static final int CONVERSATIONS = 20;
    private static final List<String> QUESTIONS = List.of("I'm 19, what is the minimum wage for me from April 2025?",
            "How do I claim New Style Jobseeker's Allowance?", "Who can get Healthy Start vouchers?",
            "How much can I get from Tax-Free Childcare?", "When can I leave school?");

    @Test
    void everyConversationIsAnsweredOrToldToComeBack() throws Exception {
        List<Client> clients = new ArrayList<>();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            Client client = i % 2 == 0 ? apiClient("load " + i, false) : citizen();
            clients.add(client);
            conversations.add(client.startConversation("en"));
        }

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            Client client = clients.get(i);
            String accept = i % 3 == 0 ? "text/event-stream" : "application/json";
            responses.add(client.http().sendAsync(client.postRequest("/api/v1/conversations/" + conversations.get(i)
                            + "/messages", Map.of("message", QUESTIONS.get(i % QUESTIONS.size())), "Accept", accept),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(4, TimeUnit.MINUTES);

        int answered = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            if (response.statusCode() == 429) {
                refused++;
                assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            } else {
                answered++;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                String status = contentType.startsWith("text/event-stream")
                        ? lastEventStatus(response.body()) : json(response).path("status").asText();
                assertThat(status).as(response.body()).isIn("answered", "unanswerable", "clarification");
            }
        }
        assertThat(answered + refused).isEqualTo(CONVERSATIONS);
        assertThat(answered).isPositive();
        assertThat(refused).as("the small engine must have turned some away").isPositive();

        assertThat(runtime.chat().activeRequests()).isZero();
        assertThat(runtime.chat().queueDepth()).isZero();
        assertThat(citizen().get("/actuator/health").statusCode()).isEqualTo(200);
        Client after = citizen();
        HttpResponse<String> later = after.post("/api/v1/conversations/" + after.startConversation("en") + "/messages",
                Map.of("message", QUESTIONS.getFirst()));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        assertThat(json(later).path("status").asText()).isEqualTo("answered");
    }

    private static String lastEventStatus(String body) {
        List<Event> events = Event.parse(body);
        Event last = events.getLast();
        JsonNode data;
        try {
            data = JSON.readTree(last.data());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "error".equals(last.name()) ? "error:" + data.path("status").asInt() : data.path("status").asText();
    }
}
