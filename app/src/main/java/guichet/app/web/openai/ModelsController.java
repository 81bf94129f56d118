package guichet.app.web.openai;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping(path = "/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelList list() {
        List<ModelList.Model> data = new ArrayList<>();
        models.chat().forEach(id -> data.add(new ModelList.Model(id, "model", 0, "guichet")));
        models.embeddings().forEach(id -> data.add(new ModelList.Model(id, "model", 0, "guichet")));
        return new ModelList("list", data);
    }
}
