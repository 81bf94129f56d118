package guichet.app.employment;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen's browser for the journey tests: sign-in through the real OIDC provider, JSON calls with CSRF. */
final class JourneyClient {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private final RunningGuichet.Client client;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient following;
    private final int port;

    JourneyClient(RunningGuichet app, int port) {
        this.client = new RunningGuichet.Client(app, null, cookies);
        this.port = port;
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the provider as {@code subject} (with the adviser role when asked) and lands on the page. */
    HttpResponse<String> signIn(MockOAuth2Server provider, String subject, boolean adviser) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of("guichet"),
                adviser ? Map.of("guichet_roles", List.of("adviser")) : Map.of(), 3600));
        try {
            return following.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/account/sign-in"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String cookie(String name) {
        return client.cookie(name);
    }

    HttpResponse<String> get(String path) {
        return client.get(path, "Accept", "application/json");
    }

    /** A page, as a browser asks for it. */
    HttpResponse<String> page(String path) {
        return client.get(path, "Accept", "text/html");
    }

    HttpResponse<String> post(String path, Object body) {
        return client.post(path, body, "Accept", "application/json");
    }

    HttpResponse<String> send(String method, String path, Object body) {
        String csrf = cookie("XSRF-TOKEN");
        if (csrf == null) {
            client.get("/api/v1/conversations");
            csrf = cookie("XSRF-TOKEN");
        }
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body));
            return client.send(client.request(path, "X-XSRF-TOKEN", csrf, "Content-Type", "application/json",
                    "Accept", "application/json").method(method, publisher).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a journey; returns its JSON (conversationId, greeting, returning). */
    JsonNode startJourney(String language) {
        HttpResponse<String> started = post("/api/v1/journeys", Map.of("language", language));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return RunningGuichet.json(started);
    }

    JsonNode say(String conversationId, String message) {
        HttpResponse<String> reply = post("/api/v1/journeys/" + conversationId + "/messages", Map.of("message", message));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return RunningGuichet.json(reply);
    }

    void remember(boolean remember) {
        HttpResponse<String> consent = send("PUT", "/api/v1/me/memory/consent", Map.of("remember", remember));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
    }
}
