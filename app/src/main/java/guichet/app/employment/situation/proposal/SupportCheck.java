package guichet.app.employment.situation.proposal;

import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.ReadFact;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.SituationExtractor;
import guichet.app.employment.situation.text.MessageText;
import guichet.app.employment.situation.text.NumberWords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a proposed fact only when what the citizen wrote supports it: its words are in the message (as
 * written, give or take case, accents and spacing), and its value agrees with them —
 * <ul>
 *   <li>a number must be in its words, as digits or in words ("£25k" is 25,000, "nineteen" 19; days
 *       worked may come from a length of work, counted as the patterns count it), or be what the
 *       patterns read from them ("BTS" is level 5), and be a sensible value of the fact;</li>
 *   <li>true or false must not be contradicted by the patterns, on its words or on the message; words
 *       with a negation ("not", "never", "pas") are kept only when the patterns read them the same way;</li>
 *   <li>a country must be that of a place its words name.</li>
 * </ul>
 * Anything else stays unknown, and the journey asks for it.
 */
public final class SupportCheck {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?!\\w|\\.\\d)");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(years?|yrs?|ans?|annees?|months?|mois)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|nor|none|n't|pas|jamais|aucun|aucune|sans|ni|"
            + "plus)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("\\b(first|1st|premiere|1re|1ere|second|2nd|deuxieme|2e|third|3rd|"
            + "troisieme|3e|fourth|4th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("premiere", 1), Map.entry("1re", 1), Map.entry("1ere", 1), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("deuxieme", 2), Map.entry("2e", 2), Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("troisieme", 3),
            Map.entry("3e", 3), Map.entry("fourth", 4), Map.entry("4th", 4));
    /** Sensible values: an age a citizen of working age has, hours a week has... */
    private static final Map<Fact, BigDecimal[]> RANGES = Map.of(
            Fact.AGE, new BigDecimal[] {BigDecimal.valueOf(14), BigDecimal.valueOf(99)},
            Fact.HOURS_PER_WEEK, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100)},
            Fact.APPRENTICESHIP_YEAR, new BigDecimal[] {BigDecimal.ONE, BigDecimal.valueOf(4)},
            Fact.QUALIFICATION_LEVEL, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(8)},
            Fact.SAVINGS, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100_000_000)},
            Fact.DAYS_WORKED, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(1100)},
            Fact.HOURS_WORKED, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(8000)});

    private final SituationExtractor patterns;

    public SupportCheck(SituationExtractor patterns) {
        this.patterns = patterns;
    }

    /** A proposal checked: the fact kept, or why not. */
    public record Verdict(ProposedFact proposed, Optional<ReadFact> kept, String reason) {

        static Verdict keep(ProposedFact proposed, ReadFact fact) {
            return new Verdict(proposed, Optional.of(fact), "supported by its words");
        }

        static Verdict drop(ProposedFact proposed, String reason) {
            return new Verdict(proposed, Optional.empty(), reason);
        }
    }

    /** Every proposal checked, in order; a fact proposed twice is kept once, the first time. */
    public List<Verdict> check(List<ProposedFact> proposals, String message, Set<Fact> wanted, Situation known,
                               String language) {
        List<Verdict> verdicts = new ArrayList<>();
        List<Fact> kept = new ArrayList<>();
        for (ProposedFact proposed : proposals) {
            Verdict verdict = check(proposed, message, wanted, known, language);
            if (verdict.kept().isPresent() && kept.contains(verdict.kept().get().fact())) {
                verdict = Verdict.drop(proposed, "proposed twice");
            }
            verdict.kept().ifPresent(f -> kept.add(f.fact()));
            verdicts.add(verdict);
        }
        return verdicts;
    }

    public Verdict check(ProposedFact proposed, String message, Set<Fact> wanted, Situation known, String language) {
        Optional<Fact> named = Fact.fromKey(proposed.fact());
        if (named.isEmpty()) {
            return Verdict.drop(proposed, "no such fact");
        }
        Fact fact = named.get();
        if (!wanted.contains(fact) || fact.type() == Fact.Type.LIST) {
            return Verdict.drop(proposed, "not asked for");
        }
        String words = proposed.words() == null ? "" : proposed.words().strip();
        if (normal(words).replace(" ", "").length() < 2 || !normal(message).contains(normal(words))) {
            return Verdict.drop(proposed, "its words are not in the message");
        }
        Object value;
        try {
            value = fact.parse(proposed.value());
        } catch (IllegalArgumentException e) {
            return Verdict.drop(proposed, "not a value of the fact");
        }
        String reason = switch (fact.type()) {
            case NUMBER -> number(fact, (BigDecimal) value, words, known, language);
            case BOOLEAN -> agrees(fact, value, words, message, language);
            case TEXT -> text(fact, (String) value, words, message, language);
            case LIST -> "not asked for";
        };
        return reason.isEmpty() ? Verdict.keep(proposed, new ReadFact(fact, value, words, ReadFact.How.MODEL)) : Verdict.drop(proposed, reason);
    }

    private String number(Fact fact, BigDecimal value, String words, Situation known, String language) {
        BigDecimal[] range = RANGES.get(fact);
        if (range != null && (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0)) {
            return "not a sensible value of the fact";
        }
        String digits = NumberWords.digits(MessageText.of(words).plain(), language).text();
        Matcher numbers = NUMBER.matcher(digits);
        while (numbers.find()) {
            if (new BigDecimal(numbers.group(1)).compareTo(value) == 0) {
                return "";
            }
        }
        if (fact == Fact.DAYS_WORKED) {
            Matcher duration = DURATION.matcher(digits);
            while (duration.find()) {
                BigDecimal length = new BigDecimal(duration.group(1));
                String unit = duration.group(2).toLowerCase(Locale.ROOT);
                int months = length.multiply(BigDecimal.valueOf(unit.startsWith("mo") ? 1 : 12)).intValue();
                if (SituationExtractor.daysWorked(months, known.number(Fact.AGE).orElse(null)).compareTo(value) == 0) {
                    return "";
                }
            }
        }
        if (fact == Fact.APPRENTICESHIP_YEAR) {
            Matcher ordinal = ORDINAL.matcher(MessageText.fold(words));
            while (ordinal.find()) {
                if (BigDecimal.valueOf(ORDINALS.get(ordinal.group(1).toLowerCase(Locale.ROOT))).compareTo(value) == 0) {
                    return "";
                }
            }
        }
        Optional<Object> read = readFrom(words, fact, language);
        return read.isPresent() && read.get() instanceof BigDecimal same && same.compareTo(value) == 0 ? ""
                : "the number is not in its words";
    }

    /** True/false and statuses: not contradicted by the patterns; negated words only when they agree. */
    private String agrees(Fact fact, Object value, String words, String message, String language) {
        Optional<Object> fromWords = readFrom(words, fact, language);
        if (fromWords.isPresent()) {
            return fromWords.get().equals(value) ? "" : "its words say otherwise";
        }
        Optional<Object> fromMessage = readFrom(message, fact, language);
        if (fromMessage.isPresent() && !fromMessage.get().equals(value)) {
            return "the message says otherwise";
        }
        return NEGATION.matcher(MessageText.fold(words)).find() ? "its words hold a negation the patterns do not read" : "";
    }

    private String text(Fact fact, String value, String words, String message, String language) {
        return switch (fact) {
            case COUNTRY -> !"other".equals(value) && patterns.countriesNamed(words).contains(value) ? ""
                    : "no place of that country in its words";
            case EMPLOYMENT_STATUS -> ModelFactProposer.CHOICES.get(fact).contains(value) ? agrees(fact, value, words, message, language)
                    : "not a value of the fact";
            default -> "";
        };
    }

    private Optional<Object> readFrom(String text, Fact fact, String language) {
        return patterns.read(text, SituationExtractor.Context.first(language)).fact(fact).map(ReadFact::value);
    }

    /** Lower case, without accents, punctuation as spaces, spaces collapsed: "£25k, put by" and "£25k put by" match. */
    static String normal(String text) {
        return " " + MessageText.fold(text).toLowerCase(Locale.ROOT).replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .replaceAll("[^\\p{L}\\p{N}£€$.']+", " ").replaceAll("\\s+", " ").strip() + " ";
    }
}
