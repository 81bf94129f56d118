package guichet.app.system.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import guichet.app.bench.InferenceBenchReport;
import guichet.app.bench.InferenceBenchmark;
import guichet.app.system.engine.EngineFactory;
import guichet.app.system.engine.ModelResolver;
import guichet.inference.EmbeddingModel;
import guichet.inference.InvalidSettingsException;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.inference.llamacpp.LlamaSettings;
import guichet.inference.onnx.OnnxEmbeddingModel;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet bench}: benchmarks that print figures. */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = BenchCommand.Inference.class)
public class BenchCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bench inference}. */
    @Component
    @Command(name = "inference", mixinStandardHelpOptions = true,
            description = {"Measure the chat engine and the embedder on this machine: prefill and decode rates",
                    "(as observed in Java and as llama.cpp reports them), 1/2/4 concurrent streams, time to first",
                    "token with a cold and a warm shared system prompt, embeddings per second, resident memory."})
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
            return OnnxEmbeddingModel.load(EngineFactory.embeddingSettings(installed, threadCount, 32));
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
}
