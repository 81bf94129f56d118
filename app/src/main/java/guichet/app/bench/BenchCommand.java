package guichet.app.bench;

import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import guichet.app.system.engine.EngineFactory;
import guichet.app.system.engine.ModelResolver;
import guichet.inference.EmbeddingModel;
import guichet.inference.InvalidSettingsException;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.inference.llamacpp.LlamaSettings;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.knowledge.bench.BenchmarkReport;
import guichet.models.InstalledModel;
import guichet.models.ModelEntry;
import guichet.models.ModelTask;
import guichet.models.ProgressListener;
import guichet.models.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet bench}: benchmarks that print figures. */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Inference.class, BenchCommand.Index.class})
public class BenchCommand extends CommandGroup implements FeatureCommand {

    /** {@code bench inference}. */
    @Component
    @Command(name = "inference", mixinStandardHelpOptions = true,
            description = {"Measure the chat engine and the embedder on this machine: prefill and",
                    "decode rates (as observed in Java and as llama.cpp reports them), 1/2/4",
                    "concurrent streams, time to first token with a cold and a warm shared",
                    "system prompt, embeddings per second, resident memory."})
    static class Inference implements Callable<Integer> {

        private final ModelResolver resolver;
        private final Path nativeCache;

        @Option(names = "--model", paramLabel = "GGUF", description = "Chat model file (default: the configured model).")
        Path model;

        @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: all cores).")
        Integer threads;

        @Option(names = "--embedding-dir", paramLabel = "DIR",
                description = "Folder with model.onnx and tokenizer.json of a catalogued embedding model "
                        + "(default: the configured embedding model).")
        Path embeddingDir;

        @Option(names = "--tokens", paramLabel = "N", defaultValue = "128", description = "Tokens per generation (default: ${DEFAULT-VALUE}).")
        int tokens;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Repetitions per measure (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Inference(ModelResolver resolver, @Value("${guichet.home}") Path home) {
            this.resolver = resolver;
            this.nativeCache = home.resolve("native");
        }

        @Override
        public Integer call() throws Exception {
            int threadCount = threads != null ? InvalidSettingsException.requireAtLeast("threads", threads, 1)
                    : Runtime.getRuntime().availableProcessors();
            InvalidSettingsException.requireAtLeast("tokens", tokens, 8);
            InvalidSettingsException.requireAtLeast("runs", runs, 1);
            PrintWriter err = spec.commandLine().getErr();
            Path gguf = model != null ? model : resolver.chatModel(ProgressListener.NONE).path();
            LlamaSettings settings = LlamaSettings.defaults(gguf).withThreads(threadCount).withContextTokens(2048)
                    .withSlots(4).withQueueCapacity(8);
            try (LlamaChatModel chat = LlamaChatModel.load(settings, nativeCache);
                 EmbeddingModel embedder = embedder(threadCount)) {
                InferenceBenchmark benchmark = new InferenceBenchmark(chat, embedder, tokens, runs,
                        step -> { err.println("bench: " + step); err.flush(); });
                InferenceBenchReport report = benchmark.run(threadCount);
                print(report);
            }
            return 0;
        }

        private EmbeddingModel embedder(int threadCount) throws java.io.IOException {
            InstalledModel installed;
            if (embeddingDir == null) {
                installed = resolver.embeddingModel(ProgressListener.NONE);
            } else {
                Path onnx = embeddingDir.resolve("model.onnx");
                if (!Files.isRegularFile(onnx)) {
                    throw new InvalidSettingsException("no model.onnx in " + embeddingDir);
                }
                String checksum = Sha256.of(onnx, ProgressListener.NONE);
                ModelEntry entry = resolver.catalogue().entries().stream()
                        .filter(e -> e.task() == ModelTask.EMBEDDING)
                        .filter(e -> e.files().getFirst().sha256().equals(checksum))
                        .findFirst()
                        .orElseThrow(() -> new InvalidSettingsException(onnx + " is not a catalogued embedding model"));
                installed = new InstalledModel(entry, embeddingDir, Map.of("model.onnx", onnx,
                        "tokenizer.json", embeddingDir.resolve("tokenizer.json")));
            }
            return OnnxEmbeddingModel.load(EngineFactory.embeddingSettings(installed, threadCount));
        }

        private void print(InferenceBenchReport report) throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                return;
            }
            Map<String, Object> rows = new ObjectMapper().convertValue(report, LinkedHashMap.class);
            rows.forEach((name, value) -> out.printf("%-28s %s%n", name, value));
        }
    }

    /** {@code bench index}. */
    @Component
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"Build knowledge indexes of the given sizes from the shipped sample guidance",
                    "(real chunks, then replicas with a few words changed and perturbed vectors)",
                    "and measure: ingest rate with and without embedding, size on disk, search",
                    "latency p50/p95/p99 for bm25, dense and hybrid with and without embedding",
                    "the question (timed once background merges have settled), heap and",
                    "resident memory. Method: ADRs 11 and 23."})
    static class Index implements Callable<Integer> {

        private final ModelResolver resolver;
        private final Path home;

        @Option(names = "--sizes", paramLabel = "N[,N...]", defaultValue = "10000,100000,1000000",
                description = "Index sizes in chunks; k and M suffixes allowed (default: ${DEFAULT-VALUE}).")
        String sizes;

        @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3",
                description = "Times each question is run per search mode (default: ${DEFAULT-VALUE}).")
        int repetitions;

        @Option(names = "--questions", paramLabel = "N", defaultValue = "120",
                description = "Questions timed, out of the 120 shipped (40 English, 40 French, 40 cross-language; "
                        + "default: ${DEFAULT-VALUE}).")
        int questions;

        @Option(names = "--real-chunks", paramLabel = "N",
                description = "Real chunks the replicas are made from (default: every chunk of the sample guidance).")
        Integer realChunks;

        @Option(names = "--quantized", description = "Scalar-quantized (int8) HNSW vectors instead of float.")
        boolean quantized;

        @Option(names = "--no-spelling", description = "Search without checking the questions' spelling (ADR 26).")
        boolean noSpelling;

        @Option(names = "--threads", paramLabel = "N", description = "Embedder threads (default: all cores).")
        Integer threads;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Where the indexes are built, one at a time, each deleted once measured "
                        + "(default: bench-index under guichet.home; 1M chunks take about 4 GB).")
        Path workDir;

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Index(ModelResolver resolver, @Value("${guichet.home}") Path home) {
            this.resolver = resolver;
            this.home = home;
        }

        @Override
        public Integer call() throws Exception {
            int threadCount = threads != null ? InvalidSettingsException.requireAtLeast("threads", threads, 1)
                    : Runtime.getRuntime().availableProcessors();
            IndexBench.Options options = new IndexBench.Options(parseSizes(sizes),
                    realChunks != null ? realChunks : Integer.MAX_VALUE, repetitions, questions, quantized,
                    !noSpelling, workDir != null ? workDir : home.resolve("bench-index"));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InstalledModel installed = resolver.embeddingModel(ProgressListener.NONE);
            try (EmbeddingModel embedder = OnnxEmbeddingModel.load(EngineFactory.embeddingSettings(installed,
                    threadCount))) {
                BenchmarkReport report = IndexBench.run(embedder, options, home.resolve("sample-knowledge"),
                        step -> {
                            err.println("bench: " + step);
                            err.flush();
                        },
                        size -> {
                            if (!json) {
                                out.print(size.toText());
                                out.flush();
                            }
                        });
                if (json) {
                    out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                } else {
                    out.printf(Locale.ROOT, "embedding: %.1f chunks/s (%.0f tokens/s), query embedding %s%n%s%n",
                            report.embeddingChunksPerSecond(), report.embeddingTokensPerSecond(),
                            report.queryEmbedding(), report.settings());
                }
            }
            return 0;
        }

        /** "10000,100k,1M" → [10000, 100000, 1000000]; anything else is a one-line settings error. */
        static List<Integer> parseSizes(String text) {
            List<Integer> result = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                String size = part.strip().replace("_", "");
                long factor = 1;
                if (size.endsWith("k") || size.endsWith("K")) {
                    factor = 1_000;
                } else if (size.endsWith("m") || size.endsWith("M")) {
                    factor = 1_000_000;
                }
                String digits = factor == 1 ? size : size.substring(0, size.length() - 1);
                if (!digits.matches("\\d{1,10}") || Long.parseLong(digits) * factor > Integer.MAX_VALUE) {
                    throw new InvalidSettingsException("sizes: '" + part.strip() + "' is not a number of chunks "
                            + "(e.g. --sizes 10000,100k,1M)");
                }
                result.add((int) (Long.parseLong(digits) * factor));
            }
            return result;
        }
    }
}
