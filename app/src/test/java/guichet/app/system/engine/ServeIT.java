package guichet.app.system.engine;

import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code serve} with the default models installed: loads them and reports ready on the health endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"guichet.command=serve", "guichet.desk.triage.warm-up=false"})
class ServeIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    InferenceRuntime runtime;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("guichet-serve-it");
        Path models = TestModels.installedModelsDir(home);
        registry.add("guichet.home", home::toString);
        registry.add("guichet.models.dir", models::toString);
        registry.add("guichet.models.auto-pull", () -> "false");
        registry.add("guichet.inference.threads", () -> "2");
        registry.add("guichet.inference.context-tokens", () -> "2048");
        registry.add("guichet.knowledge.sample-on-first-start", () -> "false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsTheDefaultModelsAndReportsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> http.getForEntity("/actuator/health", Map.class)
                .getStatusCode().is2xxSuccessful());

        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        Map<String, Object> inference = (Map<String, Object>) ((Map<String, Object>) health.getBody().get("components"))
                .get("inference");
        assertThat(inference.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) inference.get("details"))
                .containsEntry("chatModel", TestModels.CHAT_ID)
                .containsEntry("embeddingModel", TestModels.EMBEDDING_ID)
                .containsEntry("backend", "llama.cpp");
        assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(runtime.chat().info().sha256()).hasSize(64);
    }
}
