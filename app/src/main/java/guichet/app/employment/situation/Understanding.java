package guichet.app.employment.situation;

import guichet.app.employment.situation.text.Perspective;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversation has told of a citizen's situation so far: each fact's latest value with the
 * words it was read from and how, and whom the conversation is about.
 *
 * @param facts per fact, the reading that holds (for lists, the last one that added to it)
 * @param situation the facts as a situation (lists merged over the conversation)
 * @param subject whom the conversation is about
 * @param latest the facts the last message stated
 * @param latestText the last message as the patterns read it (without accents, numbers in digits, slips corrected)
 */
public record Understanding(Map<Fact, ReadFact> facts, Situation situation, Perspective.Subject subject,
                            List<ReadFact> latest, String latestText) {

    public Understanding {
        EnumMap<Fact, ReadFact> copy = new EnumMap<>(Fact.class);
        copy.putAll(facts);
        facts = Collections.unmodifiableMap(copy);
        latest = List.copyOf(latest);
    }

    /** The facts the last message stated, as a situation. */
    public Situation latestSituation() {
        Situation.Builder builder = Situation.builder();
        latest.forEach(f -> builder.merge(f.fact(), f.value()));
        return builder.build();
    }

    public static Understanding empty() {
        return new Understanding(Map.of(), Situation.empty(), Perspective.Subject.SELF, List.of(), "");
    }
}
