package guichet.app.web.openai;

import guichet.app.system.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request named a model Guichet does not serve (see {@code GET /v1/models}): a 404 problem. */
public class ModelNotServedException extends ErrorResponseException {

    public ModelNotServedException(String model, java.util.List<String> served) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_model", "Unknown model",
                "The model '" + model + "' is not served here; use one of " + served + "."), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
