package guichet.app.desk.analysis.urgency;

import java.util.List;
import java.util.Set;

/**
 * One clause of a message, as the urgency rules read it.
 *
 * @param text the clause in matching form (lower case, no accents, straight apostrophes)
 * @param sentence its sentence, in matching form (the dates and two-part rules are read there)
 * @param sentenceIndex which sentence of the message it belongs to
 * @param stances how it states things, dates included
 * @param dates the dates its sentence names, resolved against the day the message came in
 */
public record Clause(String text, String sentence, int sentenceIndex, Set<Stance> stances, List<DateMention> dates) {

    public Clause {
        stances = Set.copyOf(stances);
        dates = List.copyOf(dates);
    }

    public boolean is(Stance stance) {
        return stances.contains(stance);
    }
}
