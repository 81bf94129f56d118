package guichet.app.ask.api;

import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator's Prometheus scrapes after real answers. */
class AnswerMetricsIT extends RunningGuichet {

    @Test
    void answersEngineAndStagesAreMeasured() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");
        citizen.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "I'm 19, what is the minimum wage for me from April 2025?"), "Accept", "text/event-stream");
        // a greeting opening its own conversation: in one about a question, it reads as a follow-up
        citizen.post("/api/v1/conversations/" + citizen.startConversation("en") + "/messages", Map.of("message", "hello"));

        String scraped = apiClient("prometheus", true).get("/actuator/prometheus").body();

        assertThat(scraped)
                .containsPattern("guichet_answers_total\\{.*status=\"answered\".*} [1-9]")
                .containsPattern("guichet_answers_total\\{.*status=\"clarification\".*} [1-9]")
                .contains("guichet_answer_latency_seconds_bucket{")
                .contains("guichet_answer_first_token_seconds_count")
                .containsPattern("guichet_answer_stage_latency_seconds_count\\{.*stage=\"ComposeAnswer\"")
                .contains("guichet_retrieval_latency_seconds_count")
                .containsPattern("guichet_answer_tokens_total\\{.*kind=\"completion\"")
                .containsPattern("guichet_engine_queue_depth\\{.*} 0")
                .containsPattern("guichet_engine_active_requests\\{")
                .containsPattern("guichet_engine_slots\\{.*} 2")
                // no RAPL counters readable on a test machine: CPU time x the configured watts per core
                .containsPattern("guichet_answer_energy_watt_hours_count\\{.*source=\"configured\".*} [1-9]")
                .doesNotContain("stage=\"energy\"");
    }

    /**
     * The operators' dashboard (ops/dashboards) only queries series the app really exports, with the
     * labels it groups them by: a renamed metric breaks this test rather than a panel in production.
     */
    @Test
    void everySeriesTheOperatorsDashboardQueriesIsScraped() throws Exception {
        Client citizen = citizen();
        String id = citizen.startConversation("en");
        citizen.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "I'm 19, what is the minimum wage for me from April 2025?"),
                "Accept", "text/event-stream");
        Client operator = apiClient("dashboard", true);
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("..", "ops", "dashboards", "guichet.json")));
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));

        assertThat(expressions).hasSizeGreaterThan(10);
        // the answer's metrics are recorded once it is stored, which may follow the end of the stream
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertExportsEverySeries(operator.get("/actuator/prometheus").body(), expressions));
    }

    private static void assertExportsEverySeries(String scraped, List<String> expressions) {
        Pattern series = Pattern.compile("\\b([a-z_]+)\\{application=");
        Pattern grouping = Pattern.compile("by \\(([a-z_, ]+)\\)");
        for (String expression : expressions) {
            Matcher metric = series.matcher(expression);
            List<String> names = new ArrayList<>();
            while (metric.find()) {
                names.add(metric.group(1));
            }
            assertThat(names).as(expression).isNotEmpty();
            for (String name : names) {
                assertThat(scraped).as(expression).containsPattern("(?m)^" + name + "\\{");
            }
            Matcher by = grouping.matcher(expression);
            while (by.find()) {
                for (String label : by.group(1).split(",\\s*")) {
                    if (!label.equals("le")) {
                        assertThat(scraped).as(expression).containsPattern("(?m)^" + names.getFirst() + "\\{[^}]*" + label + "=\"");
                    }
                }
            }
        }
    }
}
