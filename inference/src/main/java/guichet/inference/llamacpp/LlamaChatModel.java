package guichet.inference.llamacpp;

import de.kherud.llama.GuichetLlamaAccess;
import de.kherud.llama.GuichetLlamaAccess.EngineError;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.EngineUnavailableException;
import guichet.inference.Generation;
import guichet.inference.InvalidRequestException;
import guichet.inference.ModelFileException;
import guichet.inference.ModelInfo;
import guichet.inference.PromptTooLongException;
import guichet.inference.TokenSink;
import guichet.inference.gguf.GgufMetadata;
import guichet.inference.gguf.GgufReader;
import guichet.inference.scheduling.SlotScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A GGUF chat model run in-process by llama.cpp. The model is loaded once and shared; requests get
 * one of its parallel slots (continuous batching) through a {@link SlotScheduler}.
 */
public final class LlamaChatModel implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(LlamaChatModel.class);
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(5);

    private final LlamaSettings settings;
    private final LlamaModel model;
    private final ModelInfo info;
    private final SlotScheduler scheduler;
    private final boolean engineTimings;
    private final Set<LlamaGeneration> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private LlamaChatModel(LlamaSettings settings, LlamaModel model, ModelInfo info, boolean engineTimings) {
        this.settings = settings;
        this.model = model;
        this.info = info;
        this.engineTimings = engineTimings;
        this.scheduler = new SlotScheduler("llama", settings.slots(), settings.queueCapacity());
    }

    /**
     * Checks the file, then loads it.
     *
     * @param nativeCache folder where the native library is unpacked once
     * @throws ModelFileException when the file is missing, not GGUF, truncated or refused by llama.cpp
     */
    public static LlamaChatModel load(LlamaSettings settings, Path nativeCache) {
        GgufMetadata metadata = GgufReader.read(settings.modelPath());
        NativeLibraryInstaller.install(nativeCache);
        boolean captured = settings.captureNativeLog() && LlamaNativeOutput.capture();
        ModelParameters parameters = new ModelParameters()
                .setModel(settings.modelPath().toAbsolutePath().toString())
                .setThreads(settings.threads())
                .setThreadsBatch(settings.threads())
                .setCtxSize(settings.contextTokens() * settings.slots())
                .setBatchSize(settings.batchSize())
                .setUbatchSize(Math.min(settings.batchSize(), 512))
                .setParallel(settings.slots())
                .enableContBatching()
                .enableJinja();
        if (settings.gpuLayers() > 0) {
            parameters.setGpuLayers(settings.gpuLayers());
        }
        if (!settings.mmap()) {
            parameters.disableMmap();
        }
        long start = System.nanoTime();
        LlamaModel model;
        try {
            model = GuichetLlamaAccess.load(parameters);
        } catch (EngineError e) {
            throw new ModelFileException(settings.modelPath(), ModelFileException.Problem.REJECTED_BY_ENGINE,
                    LlamaErrors.message(e));
        }
        ModelInfo info = new ModelInfo(settings.modelId(), settings.sha256(), "llama.cpp", metadata.name(),
                metadata.architecture(), metadata.parameterCount(), metadata.quantization(),
                metadata.trainedContextLength(), settings.contextTokens(), settings.slots(), metadata.chatTemplate());
        LOG.info("loaded {} ({} {}, {} parameters) in {} ms: {} slots of {} tokens, {} threads", info.id(),
                info.architecture(), info.quantization(), info.parameterCount(), (System.nanoTime() - start) / 1_000_000,
                settings.slots(), settings.contextTokens(), settings.threads());
        return new LlamaChatModel(settings, model, info, captured);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    /** The settings this engine was loaded with. */
    public LlamaSettings settings() {
        return settings;
    }

    @Override
    public Generation generate(ChatRequest request, TokenSink sink) {
        ensureOpen();
        String prompt = prompt(request.messages());
        int promptTokens = count(prompt);
        int room = settings.contextTokens() - promptTokens;
        if (room < 1) {
            throw new PromptTooLongException(promptTokens, settings.contextTokens());
        }
        int maxTokens = Math.min(request.sampling().maxTokens(), room);
        String json = CompletionRequestJson.completion(prompt, request.sampling(), maxTokens, request.stop(),
                request.format(), request.penalties());
        LlamaGeneration[] self = new LlamaGeneration[1];
        LlamaGeneration generation = new LlamaGeneration(model, LlamaNativeOutput.log(), engineTimings, json, promptTokens,
                maxTokens, info.id(), settings.maxQueueWait(), settings.generationTimeout(), sink,
                () -> inFlight.remove(self[0]));
        self[0] = generation;
        inFlight.add(generation);
        try {
            generation.queued(scheduler.submit(generation));
        } catch (RuntimeException e) {
            inFlight.remove(generation);
            throw e;
        }
        return generation;
    }

    @Override
    public int countTokens(List<ChatMessage> messages) {
        ensureOpen();
        return count(prompt(messages));
    }

    @Override
    public int queueDepth() {
        return scheduler.queueDepth();
    }

    @Override
    public int activeRequests() {
        return scheduler.active();
    }

    private String prompt(List<ChatMessage> messages) {
        try {
            return GuichetLlamaAccess.applyTemplate(model, CompletionRequestJson.messages(messages));
        } catch (EngineError e) {
            throw new InvalidRequestException("the chat template rejected the messages: " + LlamaErrors.message(e));
        }
    }

    private int count(String text) {
        // +1: the server adds a BOS token for models that want one; counting it keeps the check safe.
        return model.encode(text).length + 1;
    }

    private void ensureOpen() {
        if (closed) {
            throw new EngineUnavailableException("the model " + info.id() + " is shut down");
        }
    }

    /**
     * Stops taking requests, lets running ones finish for up to {@code drain}, cancels the rest and
     * frees the engine's native context.
     */
    public void close(Duration drain) {
        if (closed) {
            return;
        }
        closed = true;
        if (!scheduler.shutdown(drain)) {
            LOG.info("cancelling {} generations still running after {} s", inFlight.size(), drain.toSeconds());
            inFlight.forEach(LlamaGeneration::cancel);
            scheduler.shutdown(CANCEL_GRACE);
        }
        scheduler.close();
        model.close();
        LOG.info("unloaded {}", info.id());
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
