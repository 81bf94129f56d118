package guichet.app.system.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Operator requests to the Guichet server running on this host, authenticated by its operator token. */
public final class OperatorClient {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(30);

    private final OperatorEndpoint endpoint;
    private final HttpClient http;

    private OperatorClient(OperatorEndpoint endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    /** A response: its status and JSON body (a missing node when the body is not JSON). */
    public record Response(int status, JsonNode body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** The problem's detail, or the status when there is none. */
        public String detail() {
            String detail = body.path("detail").asText("");
            return detail.isBlank() ? "HTTP " + status : detail;
        }
    }

    /**
     * A client of the server running with home {@code home}: present when it left its endpoint there, its
     * process is alive, and it answers. A file left by a server that was killed is ignored.
     */
    public static Optional<OperatorClient> find(Path home) {
        return OperatorEndpoint.read(home)
                .filter(endpoint -> endpoint.pid() <= 0 || ProcessHandle.of(endpoint.pid()).map(ProcessHandle::isAlive).orElse(false))
                .map(OperatorClient::new)
                .filter(OperatorClient::answers);
    }

    /** The server's address. */
    public String url() {
        return endpoint.url();
    }

    /** GET {@code path}. */
    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** POST {@code body} as JSON to {@code path}. */
    public Response post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request: " + e.getMessage(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(endpoint.url() + path)).timeout(ANSWER)
                .header("Authorization", "Bearer " + endpoint.token()).header("Accept", "application/json");
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? JSON.missingNode() : readOrMissing(response.body());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new ServerUnavailableException("the Guichet server at " + endpoint.url()
                        + " refused its operator token: was it restarted while this command ran?", null);
            }
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new ServerUnavailableException("the Guichet server at " + endpoint.url() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailableException("interrupted while waiting for the Guichet server at " + endpoint.url(), e);
        }
    }

    private boolean answers() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(endpoint.url() + "/actuator/health/liveness")).timeout(CONNECT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode readOrMissing(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** The JSON mapper the client reads with. */
    public static ObjectMapper json() {
        return JSON;
    }
}
