package guichet.app.system.engine;

import guichet.inference.ChatModel;
import guichet.inference.EmbeddingModel;
import guichet.inference.InvalidSettingsException;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.inference.llamacpp.LlamaSettings;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;
import guichet.inference.onnx.Pooling;
import guichet.inference.remote.RemoteChatModel;
import guichet.inference.remote.RemoteSettings;
import guichet.models.InstalledModel;
import guichet.models.ModelEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Duration;

/** Creates the engines the settings ask for. */
@Component
public class EngineFactory {

    private final InferenceProperties properties;
    private final Path nativeCache;

    EngineFactory(InferenceProperties properties, @Value("${guichet.home}") Path home) {
        this.properties = properties;
        this.nativeCache = home.resolve("native");
    }

    /** The in-process llama.cpp engine for a GGUF file. */
    public ChatModel localChat(ModelResolver.ChatModelFile file) {
        LlamaSettings settings = new LlamaSettings(file.path(), file.id(), file.sha256(), properties.effectiveThreads(),
                properties.contextTokens(), properties.batchSize(), properties.gpuLayers(), properties.slots(),
                properties.queueCapacity(), properties.maxQueueWait(), properties.generationTimeout(),
                properties.mmap(), properties.captureNativeLog());
        return LlamaChatModel.load(settings, nativeCache);
    }

    /** The operator's remote pool. */
    public ChatModel remoteChat() {
        InferenceProperties.Remote remote = properties.remote();
        if (remote.url() == null || remote.model() == null) {
            throw new InvalidSettingsException("guichet.inference.backend=remote needs guichet.inference.remote.url "
                    + "and guichet.inference.remote.model");
        }
        return RemoteChatModel.connect(new RemoteSettings(remote.url(), remote.apiKey(), remote.model(),
                remote.contextTokens(), remote.concurrency(), properties.queueCapacity(), Duration.ofSeconds(10),
                properties.generationTimeout(), remote.structuredOutput()));
    }

    /** The ONNX embedder for an installed catalogue entry, with the entry's recommended settings. */
    public EmbeddingModel embeddings(InstalledModel model) {
        return OnnxEmbeddingModel.load(embeddingSettings(model, properties.effectiveThreads(),
                properties.embeddingBatchSize(), properties.embeddingBatchTokens()));
    }

    /** ONNX settings from an embedding entry's catalogue settings, batched as the defaults say. */
    public static OnnxEmbeddingSettings embeddingSettings(InstalledModel model, int threads) {
        return embeddingSettings(model, threads, OnnxEmbeddingSettings.DEFAULT_BATCH_SIZE,
                OnnxEmbeddingSettings.DEFAULT_BATCH_TOKENS);
    }

    /** ONNX settings from an embedding entry's catalogue settings. */
    public static OnnxEmbeddingSettings embeddingSettings(InstalledModel model, int threads, int batchSize,
                                                         int batchTokens) {
        ModelEntry entry = model.entry();
        Path folder = model.folder();
        return new OnnxEmbeddingSettings(folder.resolve("model.onnx"), folder.resolve("tokenizer.json"), entry.id(),
                entry.files().getFirst().sha256(), entry.stringSetting("output").orElse("last_hidden_state"),
                Pooling.parse(entry.stringSetting("pooling").orElse("mean")),
                entry.booleanSetting("normalize").orElse(true), entry.stringSetting("queryPrefix").orElse(""),
                entry.stringSetting("passagePrefix").orElse(""), entry.intSetting("maxTokens").orElse(512),
                entry.intSetting("dimensions").orElse(384), batchSize, batchTokens, threads);
    }
}
