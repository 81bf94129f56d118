package guichet.app.desk.analysis.urgency;

import guichet.app.shared.rules.PatternRule;
import guichet.app.desk.analysis.text.SignalRules;
import guichet.app.system.settings.OverridableResources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The desk's urgency rules ({@code desk/urgency/<lang>.txt}, overridable; {@code local.txt} adds
 * rules), read clause by clause with how each clause states things ({@link MessageClauses}). A line is
 * {@code rule_id [flags] pattern && pattern} (flags optional, in brackets):
 * <ul>
 * <li>no flag: the situation counts only when stated as the writer's, now: not quoted, hearsay, past,
 * merely possible (unless dated within a working day), denied, over, or dated weeks ahead;</li>
 * <li>{@code conditional}: counts even when conditional, in the future or in a message that says
 * things are better (risk to life, threats: "if she speaks to me like that again…");</li>
 * <li>{@code soon}: counts only when its sentence names a day within about one working day of receipt
 * (a hearing, an appointment one cannot get to, a payment about to be lost);</li>
 * <li>{@code threat}: a threat; when the message names staff, the risk is theirs.</li>
 * </ul>
 * Patterns are matched against the text in lower case, accents removed, apostrophes straight.
 */
public final class UrgencyRules {

    static final String FOLDER = "desk/urgency";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;
    private static final Pattern LINE = Pattern.compile("([a-z0-9_]+)\\s+(?:\\[([a-z ,]+)]\\s+)?(.+)");

    /** A rule's flags. */
    public enum Flag {
        CONDITIONAL, SOON, THREAT
    }

    /** One rule and its flags. */
    public record Rule(PatternRule rule, Set<Flag> flags) {

        public Rule {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }
    }

    private final List<Rule> rules;
    private final ContextCues cues;
    private final MessageClauses clauses;

    public UrgencyRules(List<Rule> rules, ContextCues cues, MessageClauses clauses) {
        this.rules = List.copyOf(rules);
        this.cues = cues;
        this.clauses = clauses;
    }

    /** The rules of {@code desk/urgency/en.txt} and {@code fr.txt}, and {@code local.txt} when a deployment adds one. */
    public static List<Rule> load(OverridableResources resources) {
        List<Rule> rules = new ArrayList<>();
        for (String file : List.of(FOLDER + "/en.txt", FOLDER + "/fr.txt")) {
            rules.addAll(parse(resources.text(file), file));
        }
        if (resources.exists(FOLDER + "/local.txt")) {
            rules.addAll(parse(resources.text(FOLDER + "/local.txt"), FOLDER + "/local.txt"));
        }
        return rules;
    }

    public static List<Rule> parse(String content, String source) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher parts = LINE.matcher(line);
            if (!parts.matches()) {
                throw new IllegalStateException(source + ":" + number + ": expected 'rule_id [flags] pattern'");
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (parts.group(2) != null) {
                for (String flag : parts.group(2).split("[ ,]+")) {
                    try {
                        flags.add(Flag.valueOf(flag.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(source + ":" + number + ": unknown flag '" + flag
                                + "' (conditional, soon, threat)", e);
                    }
                }
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String pattern : parts.group(3).split("\\s+&&\\s+")) {
                try {
                    patterns.add(Pattern.compile(pattern.strip(), FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(source + ":" + number + ": bad pattern: " + e.getDescription(), e);
                }
            }
            rules.add(new Rule(new PatternRule(parts.group(1), source, patterns), flags));
        }
        return rules;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The writer's own words (see {@link MessageClauses#ownWords}). */
    public String ownWords(String text, String language) {
        return clauses.ownWords(text, language);
    }

    /** The languages the rules are written in (their files' names, {@code local} aside). */
    public java.util.Set<String> languages() {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        for (Rule rule : rules) {
            String id = rule.rule().qualifiedId();
            String language = id.substring(0, id.indexOf('/'));
            if (!language.equals("local")) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The rules and context cues, for a model's version: other rules read messages differently. */
    public String signature() {
        StringBuilder text = new StringBuilder();
        // Flags in a fixed order: a set's iteration order changes from one run to the next.
        rules.forEach(r -> text.append(r.rule().qualifiedId()).append(r.flags().stream().sorted().toList())
                .append(r.rule().patterns()).append('|'));
        return text.append(cues.signature()).toString();
    }

    /** Every rule that matches the message once (counting where it can), in rule order. */
    public UrgencyReading read(String text, String language, LocalDate received) {
        List<Clause> read = clauses.of(text, language, received);
        boolean staffNamed = read.stream().anyMatch(c -> !c.is(Stance.QUOTED) && cues.any("staff", c.text()));
        List<UrgencySignal> signals = new ArrayList<>();
        for (Rule rule : rules) {
            UrgencySignal first = null;
            int lastSentence = -1;
            for (Clause clause : read) {
                if (clause.sentenceIndex() == lastSentence) {
                    continue;
                }
                lastSentence = clause.sentenceIndex();
                if (!rule.rule().matches(clause.sentence())) {
                    continue;
                }
                UrgencySignal signal = signal(rule, clauseOfMatch(rule, clause, read), staffNamed, received);
                if (signal.counts()) {
                    first = signal;
                    break;
                }
                if (first == null || (!clauseHasDates(first, read) && signal.discountedBy().size() > first.discountedBy().size())) {
                    first = signal;
                }
            }
            if (first != null) {
                signals.add(first);
            }
        }
        // A rule written on several lines is one situation: once it counts, its other lines need not be shown.
        java.util.Set<String> counted = new java.util.HashSet<>();
        signals.stream().filter(UrgencySignal::counts).forEach(signal -> counted.add(signal.rule()));
        return new UrgencyReading(signals.stream().filter(s -> s.counts() || !counted.contains(s.rule())).toList());
    }

    /** Whether a signal was found in a dated sentence (its reason then names the date's stance). */
    private static boolean clauseHasDates(UrgencySignal signal, List<Clause> read) {
        return signal.discountedBy().contains(Stance.FAR) || signal.discountedBy().contains(Stance.PAST);
    }

    /** The clause of the sentence where the rule's first pattern matched. */
    private static Clause clauseOfMatch(Rule rule, Clause firstOfSentence, List<Clause> all) {
        Pattern first = rule.rule().patterns().getFirst();
        for (Clause clause : all) {
            if (clause.sentenceIndex() == firstOfSentence.sentenceIndex() && first.matcher(clause.text()).find()) {
                return clause;
            }
        }
        return firstOfSentence;
    }

    private UrgencySignal signal(Rule rule, Clause clause, boolean staffNamed, LocalDate received) {
        Set<Stance> against = EnumSet.noneOf(Stance.class);
        for (Stance stance : List.of(Stance.QUOTED, Stance.HEARSAY, Stance.PAST, Stance.NEGATED)) {
            if (clause.is(stance)) {
                against.add(stance);
            }
        }
        boolean soon = clause.is(Stance.SOON);
        if (!rule.flags().contains(Flag.CONDITIONAL)) {
            if (clause.is(Stance.HYPOTHETICAL) && !soon) {
                against.add(Stance.HYPOTHETICAL);
            }
            if (clause.is(Stance.RESOLVED)) {
                against.add(Stance.RESOLVED);
            }
            if (clause.is(Stance.FAR) && !soon) {
                against.add(Stance.FAR);
            }
        }
        if (rule.flags().contains(Flag.SOON) && !soon) {
            against.add(Stance.NOT_SOON);
        }
        String when = "";
        if (soon && against.isEmpty()) {
            when = clause.dates().stream()
                    .filter(d -> { long ahead = WorkingDays.after(received, d.date()); return ahead >= 0; })
                    .findFirst().map(d -> d.text() + " → " + d.date()).orElse("");
        }
        return new UrgencySignal(rule.rule().qualifiedId(), SignalRules.excerpt(rule.rule(), clause.sentence()),
                bearer(rule, clause, staffNamed), against, rule.flags().contains(Flag.SOON) ? when : "");
    }

    private String bearer(Rule rule, Clause clause, boolean staffNamed) {
        if (rule.flags().contains(Flag.THREAT) && (staffNamed || cues.any("staff", clause.sentence()))) {
            return "staff";
        }
        if (cues.any("dependant", clause.sentence())) {
            return "dependant";
        }
        return cues.any("writer", clause.sentence()) ? "writer" : "";
    }
}
