package guichet.app.employment.situation;

import guichet.app.employment.situation.text.Perspective;

import java.util.List;
import java.util.Optional;

/**
 * The facts read from one message, each with its words, whom the message is about (a parent writing
 * for a son makes the next messages about him too), and the message as the patterns read it (without
 * accents, numbers in digits, slips corrected), for the cues that decide which tools fit.
 */
public record Reading(List<ReadFact> facts, Perspective.Subject subject, String text) {

    public Reading {
        facts = List.copyOf(facts);
    }

    /** The facts as a situation (lists merged). */
    public Situation situation() {
        Situation.Builder builder = Situation.builder();
        facts.forEach(f -> builder.merge(f.fact(), f.value()));
        return builder.build();
    }

    public Optional<ReadFact> fact(Fact fact) {
        return facts.stream().filter(f -> f.fact() == fact).reduce((first, second) -> second);
    }
}
