package guichet.inference;

/** Why a generation ended. */
public enum FinishReason {
    /** The model ended its turn or produced a stop string. */
    STOP,
    /** The token budget ran out. */
    LENGTH,
    /** The caller cancelled, or the sink abandoned the stream. */
    CANCELLED,
    /** The generation ran past the engine's time limit. */
    TIMEOUT
}
