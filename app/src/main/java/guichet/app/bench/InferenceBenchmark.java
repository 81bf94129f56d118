package guichet.app.bench;

import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.EmbeddingModel;
import guichet.inference.EngineTimings;
import guichet.inference.Generation;
import guichet.inference.Sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures an engine the way a deployment uses it: one stream, then 2 and 4 at once; time to first
 * token with a cold and a warm shared system prompt; embeddings one at a time and in batches.
 * Java-observed rates are reported beside llama.cpp's own counters for the same generations.
 */
public final class InferenceBenchmark {

    private static final String SYSTEM = "You are Guichet, an assistant for a public employment service. "
            + "Answer only from the official guidance passages given to you, quote amounts and dates exactly, "
            + "link the section you used, and say plainly when the guidance does not cover the question. ";
    private static final List<String> TOPICS = List.of("finding a job", "training courses", "unemployment benefit",
            "apprenticeships", "writing a CV", "job interviews", "changing career", "volunteering");

    private final ChatModel chat;
    private final EmbeddingModel embeddings;
    private final int decodeTokens;
    private final int repetitions;
    private final Consumer<String> progress;

    public InferenceBenchmark(ChatModel chat, EmbeddingModel embeddings, int decodeTokens, int repetitions,
                              Consumer<String> progress) {
        this.chat = chat;
        this.embeddings = embeddings;
        this.decodeTokens = decodeTokens;
        this.repetitions = repetitions;
        this.progress = progress;
    }

    public InferenceBenchReport run(int threads) {
        progress.accept("warming up");
        chat.chat(ChatRequest.ofUser("Say hello.").withSampling(Sampling.GREEDY.withMaxTokens(8)));

        progress.accept("single stream");
        List<ChatResult> singles = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            singles.add(chat.chat(story(i, 0)));
        }
        double decodeJava = singles.stream().mapToDouble(ChatResult::observedDecodeTokensPerSecond).average().orElse(0);
        double decodeLlama = singles.stream().flatMap(r -> r.engineTimings().stream())
                .mapToDouble(EngineTimings::decodeTokensPerSecond).average().orElse(0);

        progress.accept("prefill");
        Prefill prefill = prefill();

        progress.accept("1, 2 and 4 concurrent streams");
        Concurrent one = concurrent(1);
        Concurrent two = concurrent(2);
        Concurrent four = concurrent(4);

        progress.accept("time to first token, cold and warm");
        Ttft ttft = ttft();

        progress.accept("embeddings");
        double batch1 = embeddingsPerSecond(1, 64);
        double batch32 = embeddingsPerSecond(32, 256);

        return new InferenceBenchReport(chat.info().id(), embeddings.info().id(), threads, prefill.javaTps,
                prefill.llamaTps, round(decodeJava), round(decodeLlama), round(ratio(decodeJava, decodeLlama)),
                round(one.aggregate), round(two.aggregate), round(two.perStream), round(four.aggregate),
                round(four.perStream), round(ratio(four.aggregate, one.aggregate)), round(ttft.plain),
                round(ttft.cold), round(ttft.warm), round(ratio(ttft.warm, ttft.cold)), ttft.prefixTokens,
                round(batch1), round(batch32), ProcessMemory.residentMb(), ProcessMemory.peakResidentMb());
    }

    private ChatRequest story(int run, int stream) {
        String topic = TOPICS.get((run * 4 + stream) % TOPICS.size());
        return ChatRequest.ofUser("Write a long, detailed story about a person " + topic + ", run " + run + "-" + stream
                + ".").withSampling(new Sampling(0.8, 0.95, 1000L + run * 10L + stream, decodeTokens));
    }

    private Prefill prefill() {
        List<Double> java = new ArrayList<>();
        List<Double> llama = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            String passage = ("Run " + i + ". ") + ("The claimant must have paid Class 1 National Insurance "
                    + "contributions in the last 2 to 3 tax years and be available for work. ").repeat(20);
            ChatResult result = chat.chat(ChatRequest.ofUser(passage + "Summarise.")
                    .withSampling(Sampling.GREEDY.withMaxTokens(1)));
            java.add(result.promptTokens() / (result.timeToFirstToken().toNanos() / 1e9));
            result.engineTimings().ifPresent(t -> llama.add(t.promptTokensPerSecond()));
        }
        return new Prefill(round(median(java)), round(median(llama)));
    }

    /**
     * Aggregate rate = tokens generated after each stream's first token, over the span from the
     * earliest first token to the latest last token (the streams are submitted together, so each
     * one's times are offsets from the same start).
     */
    private Concurrent concurrent(int streams) {
        double aggregate = 0;
        double perStream = 0;
        for (int run = 0; run < repetitions; run++) {
            List<Generation> generations = new ArrayList<>();
            for (int s = 0; s < streams; s++) {
                generations.add(chat.generate(story(run + 100, s), piece -> { }));
            }
            List<ChatResult> results = generations.stream().map(Generation::await).toList();
            long firstToken = Long.MAX_VALUE;
            long lastToken = 0;
            int tokens = 0;
            for (ChatResult result : results) {
                long first = result.queueTime().toNanos() + result.timeToFirstToken().toNanos();
                firstToken = Math.min(firstToken, first);
                lastToken = Math.max(lastToken, first + result.decodeTime().toNanos());
                tokens += Math.max(0, result.completionTokens() - 1);
            }
            aggregate += tokens / ((lastToken - firstToken) / 1e9);
            perStream += results.stream().mapToDouble(ChatResult::observedDecodeTokensPerSecond).average().orElse(0);
        }
        return new Concurrent(aggregate / repetitions, perStream / repetitions);
    }

    private Ttft ttft() {
        List<Double> plain = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        int prefixTokens = 0;
        for (int i = 0; i < repetitions; i++) {
            // A different first sentence each run, so no slot holds this prefix yet.
            String system = "Session " + i + " " + System.nanoTime() + ". " + SYSTEM.repeat(6);
            prefixTokens = chat.countTokens(List.of(ChatMessage.system(system)));
            ChatResult first = chat.chat(ask(system, "How do I find a training course near me?"));
            ChatResult second = chat.chat(ask(system, "What support can I claim after losing my job?"));
            cold.add(millis(first));
            warm.add(millis(second));
            plain.add(millis(chat.chat(ChatRequest.ofUser("Hello, run " + i).withSampling(Sampling.GREEDY.withMaxTokens(1)))));
        }
        return new Ttft(median(plain), median(cold), median(warm), prefixTokens);
    }

    private static ChatRequest ask(String system, String question) {
        return ChatRequest.of(List.of(ChatMessage.system(system), ChatMessage.user(question)))
                .withSampling(Sampling.GREEDY.withMaxTokens(1));
    }

    private double embeddingsPerSecond(int batchSize, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add("Passage " + i + ": you may be able to get " + TOPICS.get(i % TOPICS.size())
                    + " support if you have worked and paid National Insurance in the last 2 years.");
        }
        embeddings.embedPassages(texts.subList(0, Math.min(8, count)));
        long start = System.nanoTime();
        for (int i = 0; i < count; i += batchSize) {
            embeddings.embedPassages(texts.subList(i, Math.min(count, i + batchSize)));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double millis(ChatResult result) {
        return result.timeToFirstToken().toNanos() / 1e6;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Prefill(double javaTps, double llamaTps) {
    }

    private record Concurrent(double aggregate, double perStream) {
    }

    private record Ttft(double plain, double cold, double warm, int prefixTokens) {
    }
}
