package guichet.app.ask.safety;

import guichet.app.ask.pipeline.AnswerContext;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Carries text decoded from invisible characters from CheckInput to GuardManipulation for one
 * answer, without putting it in the question (where later stages, stores and logs would see it).
 * Entries are keyed by the context's identity and vanish with it.
 *
 * <p>Interim: this belongs on {@link AnswerContext} as a field of its own.
 */
@Component
public class HiddenText {

    private final Map<AnswerContext, String> byContext = Collections.synchronizedMap(new WeakHashMap<>());

    public void keep(AnswerContext context, String text) {
        if (text != null && !text.isBlank()) {
            byContext.put(context, text);
        }
    }

    /** The hidden text of this answer, removed from here; empty when none. */
    public String take(AnswerContext context) {
        String text = byContext.remove(context);
        return text == null ? "" : text;
    }
}
