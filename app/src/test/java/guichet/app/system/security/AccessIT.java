package guichet.app.system.security;

import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: citizen sessions, API keys, the admin role, rate limits. */
class AccessIT extends RunningGuichet {

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsOpenAndOperatorEndpointsNeedAnAdminKey() {
        assertThat(citizen().get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(citizen().get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = citizen().get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(apiClient("portal", false).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(apiClient("operator", true).get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(apiClient("portal", false).get("/api/v1/admin/anything").statusCode()).isEqualTo(403);
    }

    @Test
    void openAiEndpointsNeedAValidKey() {
        HttpResponse<String> without = citizen().get("/v1/models");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(without).path("error").path("type").asText()).isEqualTo("authentication_error");

        Client forged = new Client(this, "gk_not-a-real-key", null);
        assertThat(forged.get("/v1/models").statusCode()).isEqualTo(401);

        ApiKeys.IssuedKey issued = apiKeys.create("revoked later", false);
        Client client = new Client(this, issued.token(), null);
        assertThat(client.get("/v1/models").statusCode()).isEqualTo(200);
        apiKeys.revoke(issued.key().id());
        assertThat(client.get("/v1/models").statusCode()).isEqualTo(401);
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        ApiKeys.IssuedKey issued = apiKeys.create("hashed", false);

        Map<String, Object> row = jdbc.sql("select * from api_key where id = ?").param(issued.key().id()).query().singleRow();
        assertThat(issued.token()).startsWith("gk_").hasSizeGreaterThan(40);
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(issued.token().substring(3)));
        assertThat(row.get("TOKEN_SHA256")).isEqualTo(ApiKeys.sha256(issued.token()));
    }

    @Test
    void aCitizenGetsASignedHttpOnlyLaxCookieThatOnlyTheyCanUse() {
        Client citizen = citizen();
        HttpResponse<String> first = citizen.get("/api/v1/conversations");
        String setCookie = first.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("guichet_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=");
        String id = citizen.startConversation("en");
        assertThat(citizen.get("/api/v1/conversations/" + id).statusCode()).isEqualTo(200);
        assertThat(citizen.get("/api/v1/conversations").headers().allValues("Set-Cookie"))
                .noneMatch(value -> value.startsWith("guichet_session="));

        // Someone who changes the id in their cookie gets a new session, not the other citizen's.
        String value = citizen.cookie("guichet_session");
        String[] parts = value.split("\\.");
        Client forger = citizen();
        char changed = parts[1].charAt(0) == 'A' ? 'B' : 'A';
        HttpCookie forged = new HttpCookie("guichet_session", parts[0] + "." + changed + parts[1].substring(1) + "." + parts[2]);
        forged.setPath("/");
        forged.setVersion(0);
        forger.cookies().getCookieStore().add(URI.create("http://localhost:" + port + "/"), forged);
        HttpResponse<String> forgedRead = forger.get("/api/v1/conversations/" + id);
        assertThat(forgedRead.statusCode()).isEqualTo(404);
        assertThat(forgedRead.headers().allValues("Set-Cookie")).anyMatch(v -> v.startsWith("guichet_session="));
    }

    @Test
    void aCitizenOverTheLimitGets429WithRetryAfter() {
        Client citizen = citizen();
        HttpResponse<String> last = null;
        for (int i = 0; i < 25 && (last == null || last.statusCode() == 200); i++) {
            last = citizen.get("/api/v1/conversations");
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(json(last).path("type").asText()).isEqualTo("urn:guichet:problem:rate_limited");
        // Another citizen has their own allowance; pages and health are not counted.
        assertThat(citizen().get("/api/v1/conversations").statusCode()).isEqualTo(200);
        assertThat(citizen.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void apiKeyRequestsNeedNoCsrfToken() {
        Client client = apiClient("no csrf", false);
        HttpResponse<String> created = client.send(client.request("/api/v1/conversations", "Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("guichet_session="));
    }
}
