package guichet.app.web.openai;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /v1/models}: what the OpenAI-compatible endpoints serve. */
@RestController
class ModelsController {

    private final ServedModels models;

    ModelsController(ServedModels models) {
        this.models = models;
    }

    /** {@code GET /v1/models/{id}}: one model, or 404 {@code model_not_found}. */
    @GetMapping(path = "/v1/models/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelList.Model one(@PathVariable String id) {
        return list().data().stream().filter(model -> model.id().equals(id)).findFirst()
                .orElseThrow(() -> new ModelNotServedException(id, list().data().stream().map(ModelList.Model::id).toList()));
    }

    @GetMapping(path = "/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelList list() {
        List<ModelList.Model> data = new ArrayList<>();
        for (String id : models.chat()) {
            data.add(new ModelList.Model(id, "model", 0, "guichet", ServedModels.ASSISTANT.equals(id)
                    ? new ModelList.Capabilities("assistant", List.of("text"), null)
                    : new ModelList.Capabilities("chat", List.of("text", "json_object", "json_schema"), "grammar")));
        }
        models.embeddings().forEach(id -> data.add(new ModelList.Model(id, "model", 0, "guichet",
                new ModelList.Capabilities("embeddings", List.of(), null))));
        return new ModelList("list", data);
    }
}
