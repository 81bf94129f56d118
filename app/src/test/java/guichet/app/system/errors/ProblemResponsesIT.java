package guichet.app.system.errors;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure, Guichet's own and Spring's, reaches the client as application/problem+json. */
class ProblemResponsesIT extends RunningGuichet {

    @Test
    void anUnknownAddressIsA404Problem() {
        HttpResponse<String> response = apiClient("errors", false).get("/api/v1/no-such-thing");

        assertProblem(response, 404);
        assertThat(json(response).path("instance").asText()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        Client client = apiClient("errors", false);
        HttpResponse<String> response = client.send(client.request("/api/v1/conversations").DELETE().build());

        assertProblem(response, 405);
    }

    @Test
    void anUnsupportedBodyTypeIsA415Problem() {
        Client client = apiClient("errors", false);
        HttpResponse<String> response = client.send(client.request("/api/v1/conversations", "Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertProblem(response, 415);
    }

    @Test
    void malformedJsonIsA400Problem() {
        Client client = apiClient("errors", false);
        String id = client.startConversation("en");

        assertProblem(client.post("/api/v1/conversations/" + id + "/messages", "{\"message\": "), 400);
    }

    @Test
    void aMissingFieldIsA400ProblemNamingTheField() {
        Client client = apiClient("errors", false);
        String id = client.startConversation("en");

        HttpResponse<String> response = client.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "hi"));

        assertProblem(response, 400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("message");
        assertProblem(client.post("/api/v1/conversations", Map.of("language", "de")), 400);
    }

    @Test
    void anUnknownConversationIsA404ProblemEvenWhenAStreamWasAskedFor() {
        Client client = apiClient("errors", false);

        HttpResponse<String> response = client.post("/api/v1/conversations/00000000-0000-0000-0000-000000000000/messages",
                Map.of("message", "hello"), "Accept", "text/event-stream");

        assertProblem(response, 404);
        assertThat(json(response).path("type").asText()).isEqualTo("urn:guichet:problem:unknown_conversation");
    }

    @Test
    void theOpenAiEndpointsAlsoCarryOpenAisErrorObject() {
        HttpResponse<String> response = apiClient("errors", false).post("/v1/chat/completions",
                Map.of("model", "gpt-4o", "messages", java.util.List.of(Map.of("role", "user", "content", "hi"))));

        assertProblem(response, 404);
        JsonNode error = json(response).path("error");
        assertThat(error.path("code").asText()).isEqualTo("model_not_found");
        assertThat(error.path("message").asText()).contains("gpt-4o", "guichet");
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        HttpResponse<String> response = citizen().get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json(response).path("paths");
        assertThat(paths.has("/api/v1/conversations/{id}/messages")).isTrue();
        assertThat(paths.has("/api/v1/search")).isTrue();
        assertThat(paths.has("/v1/chat/completions")).isTrue();
        assertThat(citizen().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at guichet.", "at org.");
    }
}
