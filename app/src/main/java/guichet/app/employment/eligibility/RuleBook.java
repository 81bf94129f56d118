package guichet.app.employment.eligibility;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every benefit's rules, as loaded from the rules files. */
public final class RuleBook {

    private final List<BenefitRule> rules;

    public RuleBook(List<BenefitRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(BenefitRule::id)).toList();
        long distinct = rules.stream().map(BenefitRule::id).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalStateException("two rules files describe the same benefit");
        }
    }

    public List<BenefitRule> all() {
        return rules;
    }

    public List<String> ids() {
        return rules.stream().map(BenefitRule::id).toList();
    }

    public Optional<BenefitRule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The benefits of one country ("GB", "FR"). */
    public List<BenefitRule> of(String jurisdiction) {
        return rules.stream().filter(r -> r.jurisdiction().equalsIgnoreCase(jurisdiction)).toList();
    }
}
