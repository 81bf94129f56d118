package guichet.app.employment.situation.proposal;

import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;

import java.util.List;
import java.util.Set;

/**
 * Proposes the facts a message states that the patterns did not read, each with the words that state it.
 * What it proposes is checked before it is used ({@link SupportCheck}); it never writes memory.
 */
public interface FactProposer {

    /** Proposes nothing: the patterns alone read the message (no model, or one too small to trust). */
    FactProposer NONE = (message, known, wanted, language) -> Proposals.NONE;

    /**
     * @param message the citizen's message (redacted)
     * @param known what is already known of the situation
     * @param wanted the facts still unknown that the rules need
     * @param language "en" or "fr"
     */
    Proposals propose(String message, Situation known, Set<Fact> wanted, String language);

    /**
     * What was proposed and what it cost.
     *
     * @param facts the proposals, unchecked
     * @param model the model's id ("" when none was asked)
     * @param sha256 the model file's checksum
     * @param promptTokens tokens read
     * @param completionTokens tokens written
     * @param millis how long it took
     * @param problem why nothing could be proposed ("" when the model answered)
     */
    record Proposals(List<ProposedFact> facts, String model, String sha256, int promptTokens, int completionTokens,
                     long millis, String problem) {

        public static final Proposals NONE = new Proposals(List.of(), "", "", 0, 0, 0, "");

        public Proposals {
            facts = List.copyOf(facts);
        }
    }
}
