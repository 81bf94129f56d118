package guichet.app.system.metrics;

import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's Prometheus scrapes after real answers. */
class AnswerMetricsIT extends RunningGuichet {

    @Test
    void answersEngineAndStagesAreMeasured() {
        Client citizen = citizen();
        String id = citizen.startConversation("en");
        citizen.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "I'm 19, what is the minimum wage for me from April 2025?"), "Accept", "text/event-stream");
        citizen.post("/api/v1/conversations/" + id + "/messages", Map.of("message", "hello"));

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
                .containsPattern("guichet_engine_slots\\{.*} 2");
    }
}
