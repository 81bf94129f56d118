package guichet.inference;

/** Engine settings that cannot work (zero or negative sizes, unknown pooling, a missing tokenizer). */
public class InvalidSettingsException extends InferenceException {

    public InvalidSettingsException(String message) {
        super(message);
    }

    /** Fails unless {@code value} is at least {@code min}. */
    public static int requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidSettingsException(name + " must be at least " + min + ", was " + value);
        }
        return value;
    }
}
