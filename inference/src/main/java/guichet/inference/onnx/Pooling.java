package guichet.inference.onnx;

import guichet.inference.InvalidSettingsException;

import java.util.Locale;

/** How token vectors become one sentence vector. */
public enum Pooling {
    /** The first token's vector ([CLS]), as BGE wants. */
    CLS,
    /** Mean of the token vectors under the attention mask, as E5 and MiniLM want. */
    MEAN,
    /** The model's output is already one vector per input. */
    NONE;

    /** Parses "cls", "mean" or "none". */
    public static Pooling parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSettingsException("pooling must be cls, mean or none, was " + value);
        }
    }
}
