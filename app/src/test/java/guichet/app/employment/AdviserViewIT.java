package guichet.app.employment;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work coach's view against the running app, with the real OpenID Connect provider and the
 * real model: a record is listed and readable only while its citizen shares it (switched on, or a
 * hand-over or call-back the citizen confirmed through the agent), every view is audited (who,
 * when, what), and a citizen who stops sharing disappears from the adviser's view.
 */
class AdviserViewIT extends RunningGuichet {

    static MockOAuth2Server provider;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void provider() {
        provider = IdentityProvider.get();
    }

    @Test
    void anAdviserSeesOnlySharedRecordsAndEveryViewIsAudited() {
        JourneyClient coach = new JourneyClient(this, port);
        HttpResponse<String> landed = coach.signIn(provider, "coach-amira", true);
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.body()).contains("Citizens who share their record");

        JourneyClient citizen = new JourneyClient(this, port);
        citizen.signIn(provider, "citizen-shares-record", false);
        citizen.remember(true);
        String conversation = citizen.startJourney("en").path("conversationId").asText();
        citizen.say(conversation, "I'm 45 and I was made redundant last week after 20 years at a warehouse in Leeds.");
        String owner = owner(citizen);
        assertThat(RunningGuichet.json(citizen.get("/api/v1/me/adviser-access")).path("enabled").asBoolean())
                .as("off by default").isFalse();
        assertThat(coach.page("/adviser").body()).doesNotContain(owner);
        assertThat(jdbc.sql("select count(*) from adviser_access where owner = ?").param(owner).query(Integer.class).single())
                .isZero();

        HttpResponse<String> shared = citizen.send("PUT", "/api/v1/me/adviser-access", Map.of("enabled", true));
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        String reference = reference(owner);
        assertThat(coach.page("/adviser").body()).contains("/adviser/citizens/" + reference).doesNotContain(owner);
        assertThat(coach.page("/adviser?lang=fr").body()).contains("Citoyens qui partagent leur dossier")
                .contains("/adviser/citizens/" + reference);
        assertThat(coach.page("/adviser?lang=en").body()).contains("Citizens who share their record");

        HttpResponse<String> record = coach.page("/adviser/citizens/" + reference);
        assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
        assertThat(record.body()).contains("age", "45", "region")
                .contains("New Style Jobseeker&#39;s Allowance").contains("cannot tell yet")
                .contains("Still to find out: not be in full-time education")
                .contains("https://www.gov.uk/jobseekers-allowance/eligibility")
                .contains("The citizen has not asked for an adviser.");
        coach.page("/adviser/citizens/" + reference);
        List<Map<String, Object>> views = views(owner);
        assertThat(views).hasSize(2);
        String coachOwner = (String) views.get(0).get("ADVISER");
        assertThat(coachOwner).startsWith("adviser:");
        assertThat((String) views.get(0).get("WHAT")).startsWith("record " + reference + ": situation ").contains("services");
        assertThat(views.get(0).get("VIEWED_AT")).isNotNull();
        JsonNode seen = RunningGuichet.json(citizen.get("/api/v1/me/adviser-access"));
        assertThat(seen.path("views")).hasSize(2);
        assertThat(seen.path("views").get(0).path("adviser").asText()).isEqualTo(coachOwner);

        HttpResponse<String> notACoach = citizen.page("/adviser/citizens/" + reference);
        assertThat(notACoach.statusCode()).isEqualTo(403);
        assertThat(citizen.page("/adviser").statusCode()).isEqualTo(403);
        assertThat(views(owner)).hasSize(2);

        citizen.send("PUT", "/api/v1/me/adviser-access", Map.of("enabled", false));
        assertThat(coach.page("/adviser").body()).doesNotContain(reference);
        HttpResponse<String> withdrawn = coach.page("/adviser/citizens/" + reference);
        assertThat(withdrawn.statusCode()).isEqualTo(403);
        assertThat(withdrawn.body()).contains("This record is not shared").doesNotContain("Leeds").doesNotContain("45</dd>");
        assertThat(views(owner)).as("a refused view shows nothing and is not a view").hasSize(2);
        assertThat(coach.page("/adviser/citizens/no-such-record").statusCode()).isEqualTo(403);
    }

    @Test
    void aHandOverAndACallBackConfirmedThroughTheAgentReachTheAdviserWithTheirNotes() {
        JourneyClient coach = new JourneyClient(this, port);
        coach.signIn(provider, "coach-bernard", true);
        JourneyClient citizen = new JourneyClient(this, port);
        citizen.signIn(provider, "citizen-hands-over", false);
        citizen.remember(true);
        String conversation = citizen.startJourney("en").path("conversationId").asText();
        citizen.say(conversation, "I'm 58, I live in Bristol and I lost my job as a welder.");
        String owner = owner(citizen);

        JsonNode proposed = citizen.say(conversation, "Can I speak to a human adviser please?");
        assertThat(tools(proposed)).containsExactly("hand_over");
        assertThat(proposed.path("toolCalls").get(0).path("status").asText()).isEqualTo("proposed");
        assertThat(proposed.path("reply").asText()).contains("age: 58").contains("a work coach can see your record")
                .contains("Nothing is sent yet");
        assertThat(RunningGuichet.json(citizen.get("/api/v1/me/adviser-access")).path("enabled").asBoolean())
                .as("a proposal shares nothing").isFalse();
        assertThat(coach.page("/adviser").body()).doesNotContain("citizens/" + referenceOrEmpty(owner));

        JsonNode confirmed = citizen.say(conversation, "Yes");
        assertThat(confirmed.path("reply").asText()).contains("Your case is passed to an adviser");
        String reference = reference(owner);
        assertThat(coach.page("/adviser").body()).contains("/adviser/citizens/" + reference);

        JsonNode callback = citizen.say(conversation, "And could someone call me back tomorrow?");
        assertThat(tools(callback)).contains("request_callback");
        assertThat(callback.path("toolCalls").get(tools(callback).indexOf("request_callback")).path("status").asText())
                .isEqualTo("proposed");
        String record = coach.page("/adviser/citizens/" + reference).body();
        assertThat(record).contains("data-kind=\"handover\"").contains("age: 58").doesNotContain("data-kind=\"callback\"");
        citizen.say(conversation, "yes, I confirm");
        record = coach.page("/adviser/citizens/" + reference).body();
        assertThat(record).contains("data-kind=\"handover\"").contains("data-kind=\"callback\"").contains("Call-back request");
        assertThat(views(owner)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from journey_action where owner = ? and status = 'confirmed'").param(owner)
                .query(Integer.class).single()).isEqualTo(2);
    }

    private String owner(JourneyClient citizen) {
        return RunningGuichet.json(citizen.get("/api/v1/me/export")).path("owner").asText();
    }

    private String reference(String owner) {
        return jdbc.sql("select reference from adviser_access where owner = ? and shared = true").param(owner)
                .query(String.class).single();
    }

    private String referenceOrEmpty(String owner) {
        return jdbc.sql("select reference from adviser_access where owner = ?").param(owner).query(String.class)
                .optional().orElse("none-yet");
    }

    private List<Map<String, Object>> views(String owner) {
        return jdbc.sql("select adviser, what, viewed_at from record_view where owner = ? order by viewed_at desc")
                .param(owner).query().listOfRows();
    }

    private static List<String> tools(JsonNode turn) {
        List<String> names = new ArrayList<>();
        turn.path("toolCalls").forEach(call -> names.add(call.path("tool").asText()));
        return names;
    }
}
