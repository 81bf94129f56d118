package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.function.Function;

/** One value per result level: the ranking of passages and the ranking of documents. */
@JsonPropertyOrder({"passages", "documents"})
public record ByLevel<T>(T passages, T documents) {

    /** The value for each level. */
    public static <T> ByLevel<T> of(Function<Level, T> value) {
        return new ByLevel<>(value.apply(Level.PASSAGES), value.apply(Level.DOCUMENTS));
    }

    public T get(Level level) {
        return level == Level.PASSAGES ? passages : documents;
    }
}
