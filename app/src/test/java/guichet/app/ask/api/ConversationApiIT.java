package guichet.app.ask.api;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation API end to end, as a citizen's browser and an API client use it, on the real model. */
class ConversationApiIT extends RunningGuichet {

    private static final String QUESTION = "I'm 19, what is the minimum wage for me from April 2025?";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    guichet.app.system.crypto.CitizenCipher cipher;

    @Test
    void aCitizenAsksAndGetsAGroundedAnswerWithSourcesAndTimings() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");

        HttpResponse<String> asked = citizen.post("/api/v1/conversations/" + id + "/messages", Map.of("message", QUESTION),
                "Accept", "application/json");

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        JsonNode answer = json(asked);
        assertThat(answer.path("status").asText()).isEqualTo("answered");
        assertThat(answer.path("language").asText()).isEqualTo("en");
        assertThat(answer.path("answer").asText()).contains("£10.00");
        // The model is named when it wrote part of the answer (the small default model does not).
        assertThat(answer.path("model").asText(TestModels.CHAT_ID)).isEqualTo(TestModels.CHAT_ID);
        assertThat(answer.path("messageId").asText()).isNotBlank();
        JsonNode source = answer.path("sources").get(0);
        assertThat(source.path("url").asText()).startsWith("https://www.gov.uk/national-minimum-wage-rates");
        assertThat(source.path("title").asText()).isNotBlank();
        assertThat(source.path("section").asText()).isNotBlank();
        assertThat(source.path("documentId").asText()).isNotBlank();
        JsonNode timings = answer.path("timings");
        assertThat(timings.path("total_ms").asLong()).isPositive();
        assertThat(timings.path("stages").has("RetrieveGuidance")).isTrue();
        assertThat(timings.path("stages").has("ComposeAnswer")).isTrue();
    }

    @Test
    void streamsTokensThenExactlyOneAnswerEventThatMatchesTheStoredAnswer() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");

        HttpResponse<String> streamed = citizen.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", QUESTION), "Accept", "text/event-stream");

        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Event> events = Event.parse(streamed.body());
        assertThat(events).isNotEmpty();
        assertThat(events.getLast().name()).isEqualTo("answer");
        assertThat(events.subList(0, events.size() - 1)).isNotEmpty().allSatisfy(event -> {
            assertThat(event.name()).isEqualTo("token");
            assertThat(event.data()).startsWith("\"").endsWith("\"");
        });
        JsonNode answer = readJson(events.getLast().data());
        assertThat(answer.path("status").asText()).isEqualTo("answered");
        assertThat(answer.path("timings").path("first_token_ms").asLong(-1)).isGreaterThanOrEqualTo(0);

        JsonNode stored = json(citizen.get("/api/v1/conversations/" + id));
        JsonNode last = stored.path("messages").get(1);
        assertThat(last.path("id").asText()).isEqualTo(answer.path("messageId").asText());
        assertThat(last.path("text").asText()).isEqualTo(answer.path("answer").asText());
        assertThat(last.path("sources")).isEqualTo(answer.path("sources"));
    }

    @Test
    void keepsOnlyRedactedTextAndListsTheCallersOwnConversationsNewestFirst() {
        Client citizen = citizen();
        String first = citizen.startConversation("en");
        String second = citizen.startConversation("fr");
        citizen.post("/api/v1/conversations/" + first + "/messages",
                Map.of("message", "hello, my National Insurance number is AB 12 34 56 C"));

        JsonNode conversation = json(citizen.get("/api/v1/conversations/" + first));
        assertThat(conversation.path("language").asText()).isEqualTo("en");
        JsonNode question = conversation.path("messages").get(0);
        assertThat(question.path("role").asText()).isEqualTo("citizen");
        assertThat(question.path("text").asText()).doesNotContain("AB 12 34 56 C").contains("[national insurance number]");
        assertThat(question.has("status")).isFalse();
        JsonNode reply = conversation.path("messages").get(1);
        assertThat(reply.path("role").asText()).isEqualTo("assistant");
        assertThat(reply.path("status").asText()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from message where text like '%AB 12 34 56 C%'").query(Integer.class).single())
                .isZero();

        JsonNode list = json(citizen.get("/api/v1/conversations"));
        assertThat(list.path("conversations").findValuesAsText("id")).containsExactly(first, second);
        assertThat(list.path("conversations").get(0).path("title").asText()).contains("[national insurance number]");
    }

    @Test
    void anotherCallerCannotSeeOrUseAConversation() {
        Client owner = citizen();
        String id = owner.startConversation("en");
        Client stranger = citizen();
        Client client = apiClient("stranger", false);

        for (Client other : List.of(stranger, client)) {
            HttpResponse<String> read = other.get("/api/v1/conversations/" + id);
            assertThat(read.statusCode()).isEqualTo(404);
            assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(other.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "hello")).statusCode())
                    .isEqualTo(404);
            assertThat(json(other.get("/api/v1/conversations")).path("conversations").findValuesAsText("id"))
                    .doesNotContain(id);
        }
        assertThat(json(citizen().get("/api/v1/conversations/not-a-conversation")).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void anApiClientUsesTheSameApiWithItsKeyAndNoCsrfToken() {
        Client client = apiClient("ministry portal", false);
        String id = client.startConversation(null);

        HttpResponse<String> asked = client.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "good afternoon"));

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(json(asked).path("status").asText()).isEqualTo("clarification");
        assertThat(json(asked).has("model")).isFalse();
        assertThat(asked.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void recordsFeedbackWithTheCommentRedacted() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");
        String messageId = json(citizen.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "hello")))
                .path("messageId").asText();

        HttpResponse<String> feedback = citizen.post("/api/v1/conversations/" + id + "/messages/" + messageId + "/feedback",
                Map.of("helpful", false, "comment", "Wrong for me, write to jane.doe@example.org"));

        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(204);
        String stored = jdbc.sql("select comment from feedback where message_id = ?").param(messageId)
                .query(String.class).single();
        assertThat(stored).startsWith("enc1:").doesNotContain("Wrong for me");
        assertThat(cipher.open(stored)).doesNotContain("jane.doe@example.org").contains("Wrong for me");
        assertThat(citizen.post("/api/v1/conversations/" + id + "/messages/no-such-answer/feedback",
                Map.of("helpful", true)).statusCode()).isEqualTo(404);
        HttpResponse<String> tooLong = citizen.post("/api/v1/conversations/" + id + "/messages/" + messageId + "/feedback",
                Map.of("helpful", true, "comment", "x".repeat(FeedbackRequest.MAX_COMMENT + 1)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("errors").get(0).path("field").asText()).isEqualTo("comment");
        assertThat(citizen.post("/api/v1/conversations/" + id + "/messages/" + messageId + "/feedback",
                Map.of("comment", "no verdict")).statusCode()).isEqualTo(400);
    }

    @Test
    void aBrowserPostWithoutItsCsrfTokenIsRefused() {
        Client citizen = citizen();
        citizen.get("/api/v1/conversations");
        HttpRequest withoutToken = citizen.request("/api/v1/conversations", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<String> refused = citizen.send(withoutToken);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anAcceptAnythingRequestGetsJson() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");

        HttpResponse<String> asked = citizen.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "hello"),
                "Accept", "*/*");

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(json(asked).path("status").asText()).isEqualTo("clarification");
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
