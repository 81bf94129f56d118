package guichet.app.shared.evidence;

import java.util.function.Consumer;

/**
 * Follows JSON as a model writes it, token by token, and hands on the characters of one string
 * field's value as they arrive: lets structured output stream to a citizen without showing braces.
 */
final class JsonStringField {

    private enum State { SEEKING, IN_VALUE, DONE }

    private final String opening;
    private final Consumer<String> out;
    private final StringBuilder seen = new StringBuilder();
    private State state = State.SEEKING;
    private boolean escaping;
    private int unicodeDigits = -1;
    private final StringBuilder unicode = new StringBuilder();

    JsonStringField(String field, Consumer<String> out) {
        this.opening = "\"" + field + "\"";
        this.out = out;
    }

    void accept(String piece) {
        StringBuilder emitted = new StringBuilder();
        for (int i = 0; i < piece.length() && state != State.DONE; i++) {
            char c = piece.charAt(i);
            if (state == State.SEEKING) {
                seek(c);
            } else {
                value(c, emitted);
            }
        }
        if (!emitted.isEmpty()) {
            out.accept(emitted.toString());
        }
    }

    private void seek(char c) {
        seen.append(c);
        int at = seen.lastIndexOf(opening);
        if (at >= 0) {
            String rest = seen.substring(at + opening.length()).strip();
            if (rest.startsWith(":") && rest.substring(1).strip().startsWith("\"")) {
                state = State.IN_VALUE;
            }
        }
    }

    private void value(char c, StringBuilder emitted) {
        if (unicodeDigits >= 0) {
            unicode.append(c);
            if (unicode.length() == 4) {
                emitted.append((char) Integer.parseInt(unicode.toString(), 16));
                unicode.setLength(0);
                unicodeDigits = -1;
            }
            return;
        }
        if (escaping) {
            escaping = false;
            switch (c) {
                case 'n' -> emitted.append('\n');
                case 't' -> emitted.append('\t');
                case 'u' -> unicodeDigits = 0;
                default -> emitted.append(c);
            }
            return;
        }
        if (c == '\\') {
            escaping = true;
        } else if (c == '"') {
            state = State.DONE;
        } else {
            emitted.append(c);
        }
    }
}
