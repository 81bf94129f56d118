package guichet.inference;

/**
 * Receives generated text piece by piece, on the engine's thread. A sink that throws abandons the
 * generation: the engine stops generating and frees its slot.
 */
@FunctionalInterface
public interface TokenSink {

    /** A sink that drops every piece (for callers that only want the final result). */
    TokenSink NONE = piece -> { };

    /** Called with each new piece of text, in order. */
    void accept(String piece) throws Exception;
}
