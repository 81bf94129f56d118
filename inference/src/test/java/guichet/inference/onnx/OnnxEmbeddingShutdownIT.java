package guichet.inference.onnx;

import guichet.inference.EngineUnavailableException;
import guichet.inference.TestModels;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Guichet's shutdown relies on before ONNX Runtime frees its environment (ADR 24). */
class OnnxEmbeddingShutdownIT {

    private static final String PASSAGE = "You can apply for New Style Jobseeker's Allowance if you have worked as an "
            + "employee and paid Class 1 National Insurance contributions, usually in the last 2 to 3 years. ";

    @Test
    void closingEveryOpenModelWaitsForTheRunningEmbeddingAndRefusesTheNextOne() throws Exception {
        OnnxEmbeddingModel model = OnnxEmbeddingModel.load(
                OnnxEmbeddingSettings.multilingualE5(TestModels.multilingualE5(), "").withThreads(2));
        List<String> batch = Collections.nCopies(32, PASSAGE.repeat(4));
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<RuntimeException> stopped = CompletableFuture.supplyAsync(() -> {
            running.countDown();
            try {
                while (true) {
                    model.embedPassages(batch);
                }
            } catch (RuntimeException e) {
                return e;
            }
        });
        running.await();
        Thread.sleep(300);

        OnnxEmbeddingModel.closeAll();

        // Closing the session under the run would have crashed this JVM rather than failed the test.
        assertThat(stopped.get(1, TimeUnit.MINUTES)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> model.embedQuery("Can I get Jobseeker's Allowance?"))
                .isInstanceOf(EngineUnavailableException.class);
    }
}
