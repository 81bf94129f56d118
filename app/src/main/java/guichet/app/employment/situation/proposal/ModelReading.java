package guichet.app.employment.situation.proposal;

import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.employment.eligibility.BenefitRule;
import guichet.app.employment.eligibility.RuleBook;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.ReadFact;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.SituationExtractor;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The second reading of a conversation, by a chat model big enough to be asked ({@link FactProposers}):
 * it proposes the facts the rules need that the patterns left unknown, and only those whose words are
 * in what the citizen wrote and agree with their value ({@link SupportCheck}) are kept. Known facts are
 * never proposed again, so a model cannot overwrite what the patterns or the citizen settled.
 */
public final class ModelReading {

    private final FactProposers proposers;
    private final SupportCheck check;
    private final Set<Fact> ruleFacts;

    public ModelReading(FactProposers proposers, SituationExtractor patterns, RuleBook rules) {
        this.proposers = proposers;
        this.check = new SupportCheck(patterns);
        this.ruleFacts = rules.all().stream().map(BenefitRule::facts).flatMap(Set::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Fact.class)));
    }

    /**
     * What the model read, checked.
     *
     * @param kept the facts kept, each with its words
     * @param trace the step's trace (model, tokens, time, what was dropped and why); empty when no model was asked
     */
    public record Result(List<ReadFact> kept, Optional<TraceEntry> trace) {

        public static final Result NONE = new Result(List.of(), Optional.empty());

        public Result {
            kept = List.copyOf(kept);
        }
    }

    /**
     * @param citizenText everything the citizen wrote in the conversation (redacted)
     * @param known what is known of the situation so far
     * @param language "en" or "fr"
     */
    public Result read(String citizenText, Situation known, String language) {
        return read(proposers.current(language), citizenText, known, language);
    }

    /** The same with a given proposer (tests, evaluation). */
    public Result read(FactProposer proposer, String citizenText, Situation known, String language) {
        Set<Fact> wanted = EnumSet.noneOf(Fact.class);
        wanted.addAll(ruleFacts);
        wanted.removeAll(known.known());
        if (proposer == FactProposer.NONE || wanted.isEmpty()) {
            return Result.NONE;
        }
        FactProposer.Proposals proposals = proposer.propose(citizenText, known, wanted, language);
        List<SupportCheck.Verdict> verdicts = check.check(proposals.facts(), citizenText, wanted, known, language);
        List<ReadFact> kept = verdicts.stream().flatMap(v -> v.kept().stream()).toList();
        String dropped = verdicts.stream().filter(v -> v.kept().isEmpty())
                .map(v -> v.proposed().fact() + ": " + v.reason()).collect(Collectors.joining("; "));
        String outcome = !proposals.problem().isEmpty() ? "failed"
                : "kept " + kept.size() + " of " + proposals.facts().size();
        String detail = !proposals.problem().isEmpty() ? proposals.problem()
                : kept.stream().map(f -> f.fact().key() + "=" + f.value()).collect(Collectors.joining(", "))
                + (dropped.isEmpty() ? "" : " (dropped " + dropped + ")");
        return new Result(kept, Optional.of(new TraceEntry("read_facts", proposals.millis(), outcome, detail,
                proposals.promptTokens(), proposals.completionTokens(), proposals.model(), proposals.sha256())));
    }
}
