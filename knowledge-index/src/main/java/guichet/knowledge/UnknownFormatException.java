package guichet.knowledge;

import java.util.Collection;

/** A document format was named that no reader handles. */
public final class UnknownFormatException extends KnowledgeException {

    public UnknownFormatException(String format, Collection<String> known) {
        super("no reader for format '" + format + "': use one of " + String.join(", ", known));
    }
}
