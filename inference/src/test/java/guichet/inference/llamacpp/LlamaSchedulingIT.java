package guichet.inference.llamacpp;

import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.EngineUnavailableException;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.OverloadedException;
import guichet.inference.Sampling;
import guichet.inference.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** One slot and a queue of one, so that busy, queued and rejected requests are easy to produce. */
class LlamaSchedulingIT {

    private static final ChatRequest LONG = ChatRequest.ofUser("Write a very long essay about the history of Europe.")
            .withSampling(Sampling.GREEDY.withMaxTokens(1500));

    private static LlamaChatModel model;
    private final List<Generation> started = new ArrayList<>();

    @BeforeAll
    static void load() {
        model = LlamaChatModel.load(LlamaSettings.defaults(TestModels.chatModel()).withThreads(2)
                .withContextTokens(2048).withSlots(1).withQueueCapacity(1), TestModels.nativeCache());
    }

    @AfterAll
    static void unload() {
        model.close(Duration.ofSeconds(1));
        assertThatThrownBy(() -> model.generate(ChatRequest.ofUser("Hi"), piece -> { }))
                .isInstanceOf(EngineUnavailableException.class);
    }

    @AfterEach
    void cancelLeftovers() {
        started.forEach(Generation::cancel);
        started.forEach(g -> g.await(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.activeRequests() == 0 && model.queueDepth() == 0);
    }

    @Test
    void cancellingAStreamFreesItsSlotAtOnce() throws Exception {
        CountDownLatch firstTokens = new CountDownLatch(3);
        Generation generation = start(LONG, firstTokens);
        assertThat(firstTokens.await(60, TimeUnit.SECONDS)).isTrue();

        generation.cancel();
        ChatResult result = generation.await(Duration.ofSeconds(10));

        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        await().atMost(Duration.ofSeconds(2)).until(() -> model.activeRequests() == 0);
        ChatResult next = model.chat(ChatRequest.ofUser("Say hello.").withSampling(Sampling.GREEDY.withMaxTokens(8)));
        assertThat(next.queueTime()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anAbandonedStreamStopsGenerating() {
        int[] delivered = new int[1];
        Generation generation = model.generate(LONG, piece -> {
            if (++delivered[0] == 3) {
                throw new java.io.IOException("client went away");
            }
        });

        ChatResult result = generation.await(Duration.ofSeconds(60));

        assertThat(result.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(delivered[0]).isLessThan(10);
        await().atMost(Duration.ofSeconds(2)).until(() -> model.activeRequests() == 0);
    }

    @Test
    void aQueuedRequestCanBeWithdrawn() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        start(LONG, running);
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
        Generation queued = model.generate(LONG, piece -> { });
        assertThat(model.queueDepth()).isEqualTo(1);

        queued.cancel();

        assertThat(queued.await(Duration.ofSeconds(1)).finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(model.queueDepth()).isZero();
    }

    @Test
    void rejectsARequestBeyondTheQueueAtOnceWithARetryAfter() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        start(LONG, running);
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
        start(LONG, new CountDownLatch(0));

        long before = System.nanoTime();
        assertThatThrownBy(() -> model.generate(LONG, piece -> { }))
                .isInstanceOfSatisfying(OverloadedException.class,
                        e -> assertThat(e.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));
    }

    private Generation start(ChatRequest request, CountDownLatch tokens) {
        Generation generation = model.generate(request, piece -> tokens.countDown());
        started.add(generation);
        return generation;
    }
}
