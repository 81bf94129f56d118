package guichet.app.employment.memory;

import guichet.app.system.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The memory API's own failures, each a problem+json. */
public final class MemoryProblems {

    private MemoryProblems() {
    }

    /** No such memory item for this citizen (someone else's is the same "not found"). */
    public static final class UnknownItemException extends ErrorResponseException {
        public UnknownItemException(String id) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_memory_item", "Unknown memory item",
                    "Guichet remembers no item " + id + " for you."), null);
        }
    }

    /** No such category. */
    public static final class UnknownCategoryException extends ErrorResponseException {
        public UnknownCategoryException(String name) {
            super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_memory_category", "Unknown category",
                    "There is no memory category " + name + "."), null);
        }
    }

    /** A corrected value the fact cannot take. */
    public static final class InvalidValueException extends ErrorResponseException {
        public InvalidValueException(String detail) {
            super(HttpStatus.UNPROCESSABLE_ENTITY, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_memory_value",
                    "Invalid value", detail), null);
        }
    }
}
