package guichet.app.system.qualification;

import guichet.app.system.engine.InferenceProperties;
import guichet.app.system.engine.ModelResolver;
import guichet.app.system.engine.ModelsProperties;
import guichet.models.ProgressListener;
import guichet.models.Sha256;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The chat model the configuration names, identified as a qualification report names it, without loading it. */
@Component
public class ServedChatModel {

    private final ModelsProperties models;
    private final InferenceProperties inference;
    private final ModelResolver resolver;
    private volatile QualifiedModel identity;

    ServedChatModel(ModelsProperties models, InferenceProperties inference, ModelResolver resolver) {
        this.models = models;
        this.inference = inference;
        this.resolver = resolver;
    }

    /** The configured chat model: a catalogue entry and its pinned checksum, a chat file and its hash, or a pool's model. */
    public QualifiedModel identity() {
        QualifiedModel known = identity;
        if (known == null) {
            // the configuration does not change while the process runs; a chat file is hashed once
            known = resolve();
            identity = known;
        }
        return known;
    }

    private QualifiedModel resolve() {
        if (inference.backend() == InferenceProperties.Backend.REMOTE) {
            return new QualifiedModel(String.valueOf(inference.remote().model()), "", "remote");
        }
        if (models.chatFile() != null) {
            try {
                return new QualifiedModel(models.chatFile().getFileName().toString(),
                        Sha256.of(models.chatFile(), ProgressListener.NONE), "local");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read guichet.models.chat-file " + models.chatFile(), e);
            }
        }
        return new QualifiedModel(models.chat(), resolver.catalogue().require(models.chat()).files().getFirst().sha256(),
                "local");
    }

    /** Whether the operator lets serve run a model without a passing report. */
    public boolean unqualifiedAllowed() {
        return models.allowUnqualified();
    }
}
