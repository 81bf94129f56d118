package guichet.app.desk.api;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.desk.RunningDesk;
import guichet.app.system.security.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/correspondence} from a mail gateway (API key), reading cases as an officer,
 * problem+json for every refusal; and National Insurance and card numbers never unmasked in the log
 * file, the API or the desk page.
 */
class CorrespondenceApiIT extends RunningDesk {

    /** The raw numbers in any spacing: never to be seen once the message is in. */
    private static final Pattern RAW_NI = Pattern.compile("(?i)JT\\s?48\\s?21\\s?93\\s?B");
    private static final Pattern RAW_CARD = Pattern.compile("4111[\\s-]?1111[\\s-]?1111[\\s-]?1111");

    @Autowired
    ApiKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGatewayHandsInMessagesAndRefusalsAreProblems() throws Exception {
        String key = keys.create("mail-gateway", false).token();
        Map<String, Object> message = Map.of("from", "lena.brandt@example.org", "name", "Lena Brandt",
                "subject", "Mon allocation n'est pas arrivée",
                "body", "Bonjour, mon allocation de retour à l'emploi n'a pas été versée ce mois-ci. "
                        + "Mon numéro allocataire est 4471203. Merci de vérifier.",
                "messageId", "api-1@gateway.example.org");

        HttpResponse<String> created = post(key, message);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/correspondence/" + id);

        HttpResponse<String> again = post(key, message);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("outcome").asText()).isEqualTo("duplicate");
        assertThat(json(again).path("id").asText()).isEqualTo(id);

        JsonNode view = json(asOfficer("/api/v1/correspondence/" + id));
        assertThat(view.path("deskCase").path("language").asText()).isEqualTo("fr");
        assertThat(view.path("draft").path("language").asText()).isEqualTo("fr");
        assertThat(view.path("deskCase").path("summary").asText())
                .startsWith("Lena Brandt writes in French about: payment problem.").contains("In their words: “");
        assertThat(view.path("draft").path("text").asText()).contains("Bonjour Lena Brandt");

        assertProblem(post(key, Map.of("subject", "no sender", "body", "text")), 400);
        assertProblem(post(null, message), 401);
        assertProblem(post("gk_not-a-real-key", message), 401);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/correspondence/" + id))
                .header("Authorization", "Bearer " + key).GET().build()), 403);
        assertProblem(asOfficer("/api/v1/correspondence/no-such-case"), 404);
        assertProblem(asOfficer("/api/v1/correspondence?size=0"), 400);
        assertProblem(asOfficer("/api/v1/correspondence?page=0"), 400);
        HttpResponse<String> firstOfOne = asOfficer("/api/v1/correspondence?size=1");
        assertThat(json(firstOfOne).size()).isEqualTo(1);
        assertThat(Integer.parseInt(firstOfOne.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(1);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/correspondence"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofString("just some words, no headers")).build()), 422);
    }

    @Test
    void nationalInsuranceAndCardNumbersNeverShowUnmasked() throws Exception {
        String key = keys.create("mail-gateway-2", false).token();
        HttpResponse<String> created = post(key, Map.of("from", "r.okoye@example.org", "name", "Ruth Okoye",
                "subject", "Refund to card 4111 1111 1111 1111 - NI JT 48 21 93 B",
                "body", "Hello, my NI number is JT482193B. You took £45 twice from my Universal Credit. "
                        + "Please refund it to my debit card 4111-1111-1111-1111 or my bank account. Ruth",
                "messageId", "api-pii@gateway.example.org"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();

        String casePage = officer("olivia").get("/desk/cases/" + id).body();
        String queuePage = officer("olivia").get("/desk").body();
        String api = asOfficer("/api/v1/correspondence/" + id).body();
        String log = logFile();

        assertThat(casePage).contains("[NI ••••••93B]", "[card ••••1111]", "Ruth Okoye");
        assertThat(queuePage).contains("[card ••••1111]");
        assertThat(log).contains(id);
        for (String seen : new String[] {casePage, queuePage, api, log}) {
            assertThat(RAW_NI.matcher(seen).find()).as("a raw National Insurance number").isFalse();
            assertThat(RAW_CARD.matcher(seen).find()).as("a raw card number").isFalse();
        }
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
        assertThat(json(response).path("detail").asText()).isNotBlank();
    }

    private HttpResponse<String> post(String key, Map<String, Object> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/correspondence"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build());
    }

    private HttpResponse<String> asOfficer(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("olivia:" + OFFICER_PASSWORD).getBytes())).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
