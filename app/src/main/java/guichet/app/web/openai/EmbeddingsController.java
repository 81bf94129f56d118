package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.system.settings.ApiProperties;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.security.Caller;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.UsageQuotas;
import guichet.inference.EmbeddingModel;
import guichet.inference.InvalidRequestException;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** {@code POST /v1/embeddings}: the embedding model that the knowledge index uses, for API clients. */
@RestController
class EmbeddingsController {

    private final InferenceRuntime runtime;
    private final ServedModels models;
    private final ApiProperties properties;
    private final UsageQuotas quotas;
    private final ModelUsage usage;

    EmbeddingsController(InferenceRuntime runtime, ServedModels models, ApiProperties properties, UsageQuotas quotas,
                         ModelUsage usage) {
        this.quotas = quotas;
        this.usage = usage;
        this.runtime = runtime;
        this.models = models;
        this.properties = properties;
    }

    @PostMapping(path = "/v1/embeddings", produces = MediaType.APPLICATION_JSON_VALUE)
    EmbeddingList embed(@Valid @RequestBody EmbeddingRequest request, @AuthenticationPrincipal Caller caller) {
        models.requireEmbeddings(request.model());
        quotas.check(caller.id());
        List<String> inputs = inputs(request.input());
        EmbeddingModel model = runtime.embeddings();
        if (request.dimensions() != null && request.dimensions() != model.info().dimensions()) {
            throw new InvalidRequestException("this model makes vectors of " + model.info().dimensions()
                    + " dimensions, not " + request.dimensions());
        }
        List<float[]> vectors;
        if ("passage".equals(request.inputType())) {
            vectors = model.embedPassages(inputs);
        } else {
            vectors = new ArrayList<>();
            for (String input : inputs) {
                vectors.add(model.embedQuery(input));
            }
        }
        boolean base64 = "base64".equals(request.encodingFormat());
        List<EmbeddingList.Embedding> data = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            data.add(new EmbeddingList.Embedding("embedding", i, base64 ? base64(vectors.get(i)) : floats(vectors.get(i))));
        }
        int tokens = tokens(model, inputs);
        usage.record(caller.id(), model.info().id(), tokens, 0);
        return new EmbeddingList("list", data, model.info().id(), new EmbeddingList.Usage(tokens, tokens));
    }

    /** The tokens the model read, or the words where the model cannot count its tokens. */
    private static int tokens(EmbeddingModel model, List<String> inputs) {
        int tokens = 0;
        for (String input : inputs) {
            int counted = model.countQueryTokens(input);
            tokens += counted >= 0 ? counted : input.isBlank() ? 0 : input.strip().split("\\s+").length;
        }
        return tokens;
    }

    private List<String> inputs(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input.isTextual()) {
            texts.add(input.asText());
        } else if (input.isArray()) {
            for (JsonNode item : input) {
                if (!item.isTextual()) {
                    throw new InvalidRequestException("input must be a string or a list of strings (token arrays are "
                            + "not accepted)");
                }
                texts.add(item.asText());
            }
        } else {
            throw new InvalidRequestException("input must be a string or a list of strings");
        }
        if (texts.isEmpty() || texts.size() > properties.maxEmbeddingInputs()) {
            throw new InvalidRequestException("input must hold 1 to " + properties.maxEmbeddingInputs() + " texts, not "
                    + texts.size());
        }
        for (String text : texts) {
            if (text.isEmpty() || text.length() > properties.maxEmbeddingInputCharacters()) {
                throw new InvalidRequestException("each input must have 1 to " + properties.maxEmbeddingInputCharacters()
                        + " characters");
            }
        }
        return texts;
    }

    private static List<Float> floats(float[] vector) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float value : vector) {
            values.add(value);
        }
        return values;
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
