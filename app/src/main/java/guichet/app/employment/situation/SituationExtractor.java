package guichet.app.employment.situation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.employment.situation.text.MessageText;
import guichet.app.employment.situation.text.NumberWords;
import guichet.app.employment.situation.text.Perspective;
import guichet.app.employment.situation.text.Places;
import guichet.app.employment.situation.text.SpellingSlips;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts of a citizen's situation from what they write, deterministically, with the
 * patterns of {@code employment/extraction/patterns.json} and the places of {@code places.json}: the
 * same message always gives the same facts, and no model can invent one. What it does not recognise
 * stays unknown, and the rules then say what is missing.
 *
 * <p>The patterns read the message as {@link MessageText} rewrites it — without accents, numbers in
 * digits ({@link NumberWords}), slips corrected ({@link SpellingSlips}), a relative's "he" read as
 * "I" ({@link Perspective}) — and every fact keeps the citizen's own words. When several matches set
 * the same fact, the pattern of higher priority wins, then the statement that ends last ("I'm 62...
 * sorry, I'm 61"), then the pattern later in the file (negations come after). A pattern marked
 * {@code unlessNegated} does not count after "not", "never", "pas"...
 *
 * <p>Longer than most classes: the precedence rules above (priority, last statement, file order,
 * negation, computed facts) act on each other and are kept in one place to be read together.
 */
@Component
public class SituationExtractor {

    static final String PATTERNS = "employment/extraction/patterns.json";
    static final String PLACES = "employment/extraction/places.json";
    static final String KNOWN_WORDS = "employment/extraction/known-words.txt";
    /** Working days in a month: 130 days are six months (ARE rules). */
    static final BigDecimal WORKING_DAYS_A_MONTH = new BigDecimal("21.67");
    static final int REFERENCE_MONTHS = 24;
    static final int REFERENCE_MONTHS_FROM_53 = 36;
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no|nor|isn't|wasn't|aren't|weren't|don't|"
            + "doesn't|didn't|haven't|hasn't|hadn't|can't|cannot|won't|ain't|pas|jamais|aucun|aucune|sans|ni|plus|non)"
            + "\\s+(?:(?!(?:and|but|or|et|mais|ou)\\b)[\\w']+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** Characters before a match that {@code unlessNegated} and {@code unlessAfter} look at. */
    private static final int LOOK_BACK = 40;
    private static final Pattern FRENCH = Pattern.compile("\\b(?:je|j'|ai|suis|est|les|des|une|mon|ma|mes|pour|avec|dans|"
            + "ans|chez|travaille|c'est)\\b", Pattern.CASE_INSENSITIVE);

    private final List<Rule> rules;
    private final Places places;
    private final Clock clock;
    private final SpellingSlips slips;

    @org.springframework.beans.factory.annotation.Autowired
    SituationExtractor(OverridableResources resources, Clock clock) {
        this(resources.text(PATTERNS), resources.text(PLACES), resources.text(KNOWN_WORDS), clock);
    }

    /** From the texts of a patterns file, a places file and a known-words file (tests). */
    public SituationExtractor(String patternsJson, String placesJson, String knownWords) {
        this(patternsJson, placesJson, knownWords, Clock.systemDefaultZone());
    }

    /** As above, with the clock that says today's date (an age from a year of birth). */
    public SituationExtractor(String patternsJson, String placesJson, String knownWords, Clock clock) {
        this.clock = clock;
        this.places = new Places(placesJson);
        JsonNode root = parse(patternsJson);
        this.rules = rules(root);
        List<String> vocabulary = new ArrayList<>();
        root.path("vocabulary").forEach(word -> vocabulary.add(word.asText()));
        List<String> known = knownWords.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        this.slips = new SpellingSlips(vocabulary, places.names(), known);
    }

    /** What is known before a message: its language, whom the conversation is about, the age if told. */
    public record Context(String language, Perspective.Subject subject, BigDecimal age) {

        public static Context first(String language) {
            return new Context(language, Perspective.Subject.SELF, null);
        }
    }

    private record Rule(int order, Pattern pattern, Map<Fact, String> set, Map<Fact, String> add, int priority,
                        boolean unlessNegated, Pattern unlessAfter, String language) {
    }

    private record Candidate(Fact fact, Object value, int months, int start, int end, int priority, int order,
                             MessageText text, boolean computed) {

        Candidate(Fact fact, Object value, int months, int start, int end, int priority, int order, MessageText text) {
            this(fact, value, months, start, end, priority, order, text, false);
        }
    }

    /** The facts one message states, guessing its language (tests and callers without a conversation). */
    public Situation extract(String message) {
        Matcher french = FRENCH.matcher(message);
        int hits = 0;
        while (french.find() && hits < 2) {
            hits++;
        }
        return read(message, Context.first(hits >= 2 ? "fr" : "en")).situation();
    }

    /** The facts one message states, each with the citizen's words. */
    public Reading read(String message, Context context) {
        MessageText text = NumberWords.digits(slips.correct(MessageText.of(message).plain()), context.language());
        Perspective.Subject subject = context.subject().after(text.text());
        MessageText read = Perspective.firstPerson(text, subject, context.language());
        String plain = read.text();
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.language() != null && !rule.language().equals(context.language())) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(plain);
            while (matcher.find()) {
                String before = plain.substring(Math.max(0, matcher.start() - LOOK_BACK), matcher.start());
                if ((rule.unlessNegated() && NEGATED.matcher(before).find())
                        || (rule.unlessAfter() != null && rule.unlessAfter().matcher(before).find())) {
                    continue;
                }
                collect(rule, matcher, read, candidates, LocalDate.now(clock));
            }
        }
        places.home(plain).ifPresent(home -> candidates.add(new Candidate(Fact.COUNTRY, home.country(), 0, home.start(),
                home.end(), 1, Integer.MAX_VALUE, read)));
        List<ReadFact> facts = new ArrayList<>(choose(candidates, context));
        if (!DOUBTED_CONTRIBUTIONS.matcher(plain).find()) {
            presumeContributions(facts, context.language()).ifPresent(facts::add);
        }
        return new Reading(facts, subject, plain);
    }

    /** A citizen who says they do not know whether National Insurance was paid (or were paid cash): nothing is presumed. */
    private static final Pattern DOUBTED_CONTRIBUTIONS = Pattern.compile("\\b(?:know|sure|idea|uncertain|unsure|wonder|wondering)"
            + "\\s+(?:if|whether)\\s+(?:[\\w']+\\s+){0,4}(?:ni|national insurance)\\b|\\b(?:paid|pays|paying) (?:me )?(?:in )?cash\\b"
            + "|\\bcash in hand\\b", Pattern.CASE_INSENSITIVE);

    /** Months of work as an employee from which Class 1 contributions are presumed: two tax years (New Style JSA). */
    static final int MONTHS_PRESUMING_CONTRIBUTIONS = 24;

    /**
     * An employee in the UK has Class 1 National Insurance taken from their pay: a message that tells
     * of two years or more of work as an employee, and says nothing of National Insurance, is read as
     * having paid it (presumed, so read back to the citizen; any statement about it replaces it). Not
     * for a message in French or about work in another country, where that contribution does not exist.
     */
    static java.util.Optional<ReadFact> presumeContributions(List<ReadFact> facts, String language) {
        if (!"en".equals(language) || facts.stream().anyMatch(f -> f.fact() == Fact.CLASS1_CONTRIBUTIONS)) {
            return java.util.Optional.empty();
        }
        boolean employee = facts.stream().anyMatch(f -> f.fact() == Fact.WORKED_AS_EMPLOYEE && Boolean.TRUE.equals(f.value()));
        boolean elsewhere = facts.stream().anyMatch(f -> f.fact() == Fact.COUNTRY && !"gb".equals(f.value()));
        if (!employee || elsewhere) {
            return java.util.Optional.empty();
        }
        return facts.stream().filter(f -> f.fact() == Fact.DAYS_WORKED && f.months() >= MONTHS_PRESUMING_CONTRIBUTIONS)
                .findFirst().map(f -> new ReadFact(Fact.CLASS1_CONTRIBUTIONS, Boolean.TRUE, f.words(), ReadFact.How.PRESUMED));
    }

    private static void collect(Rule rule, Matcher matcher, MessageText text, List<Candidate> out, LocalDate today) {
        int start = matcher.start();
        int end = matcher.end();
        for (boolean adding : new boolean[] {false, true}) {
            for (Map.Entry<Fact, String> entry : (adding ? rule.add() : rule.set()).entrySet()) {
                Fact fact = entry.getKey();
                String template = entry.getValue();
                try {
                    if (template.startsWith("$years:") || template.startsWith("$months:")) {
                        int group = Integer.parseInt(template.substring(template.indexOf(':') + 1));
                        BigDecimal length = new BigDecimal(matcher.group(group));
                        int months = length.multiply(BigDecimal.valueOf(template.startsWith("$years:") ? 12 : 1))
                                .setScale(0, RoundingMode.HALF_UP).intValueExact();
                        if (months > 0) {
                            out.add(new Candidate(fact, null, months, start, end, rule.priority(), rule.order(), text));
                        }
                        continue;
                    }
                    if (template.startsWith("$born:") || template.startsWith("$times:")) {
                        String[] groups = template.substring(template.indexOf(':') + 1).split(":");
                        Object value = fact.parse(template.startsWith("$born:")
                                ? ageFromBirth(matcher, groups, today) : product(matcher, groups));
                        out.add(new Candidate(fact, value, 0, start, end, rule.priority(), rule.order(), text, true));
                        continue;
                    }
                    Object value = fact.parse(value(template, matcher));
                    out.add(new Candidate(fact, value, 0, start, end, rule.priority(), rule.order(), text));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    // a value too odd to be meant (e.g. "£,"): this match sets nothing
                }
            }
        }
    }

    /** Per fact, the winning candidate (lists: every value), with days worked from months given the age. */
    private static List<ReadFact> choose(List<Candidate> candidates, Context context) {
        Map<Fact, Candidate> best = new LinkedHashMap<>();
        Map<Fact, List<Candidate>> lists = new LinkedHashMap<>();
        // Higher priority, then the statement that ends last, then the longer one ("not a carer" over "carer"),
        // then the pattern later in the file.
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::priority).thenComparingInt(Candidate::end)
                .thenComparing(Comparator.comparingInt(Candidate::start).reversed()).thenComparingInt(Candidate::order);
        for (Candidate candidate : candidates) {
            if (candidate.fact().type() == Fact.Type.LIST) {
                lists.computeIfAbsent(candidate.fact(), f -> new ArrayList<>()).add(candidate);
            } else {
                best.merge(candidate.fact(), candidate, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        BigDecimal age = best.containsKey(Fact.AGE) ? (BigDecimal) best.get(Fact.AGE).value() : context.age();
        List<ReadFact> facts = new ArrayList<>();
        for (Candidate c : best.values()) {
            Object value = c.months() > 0 ? daysWorked(c.months(), age) : c.value();
            facts.add(new ReadFact(c.fact(), value, c.text().words(c.start(), c.end()), how(c), c.months()));
        }
        lists.forEach((fact, found) -> found.stream().sorted(Comparator.comparingInt(Candidate::start))
                .forEach(c -> facts.add(new ReadFact(fact, c.value(), c.text().words(c.start(), c.end()), how(c)))));
        return facts;
    }

    /** The countries of the places a text names (any of them, lived in or not). */
    public java.util.Set<String> countriesNamed(String text) {
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        places.mentions(MessageText.fold(text)).forEach(m -> countries.add(m.country()));
        return countries;
    }

    private static ReadFact.How how(Candidate candidate) {
        return candidate.computed() ? ReadFact.How.COMPUTED
                : candidate.text().corrected(candidate.start(), candidate.end()) ? ReadFact.How.CORRECTED_SPELLING
                : ReadFact.How.PATTERN;
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> MOIS = List.of("janv", "fevr", "mars", "avri", "mai", "juin", "juil", "aout", "sept",
            "octo", "nove", "dece");

    /**
     * "$born:Y" or "$born:Y:M": the age today of someone born in the year of group Y (and the month of
     * group M, English or French, if it matched). Without a month, a birthday is taken as past after
     * the first half of the year; the age is said back either way.
     */
    private static String ageFromBirth(Matcher matcher, String[] groups, LocalDate today) {
        int year = Integer.parseInt(matcher.group(Integer.parseInt(groups[0])));
        String monthWord = groups.length > 1 ? matcher.group(Integer.parseInt(groups[1])) : null;
        int month = monthWord == null ? 0 : month(monthWord);
        if (year < today.getYear() - 110 || year > today.getYear()) {
            throw new IllegalArgumentException("not a year of birth: " + year);
        }
        boolean birthdayPast = month == 0 ? today.getDayOfYear() > 182 : month < today.getMonthValue();
        return String.valueOf(today.getYear() - year - (birthdayPast ? 0 : 1));
    }

    private static int month(String word) {
        String folded = word.toLowerCase(java.util.Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (folded.startsWith(MONTHS.get(m)) || folded.startsWith(MOIS.get(m))) {
                return m + 1;
            }
        }
        return 0;
    }

    /** "$times:A:B": the product of two numbers ("three days a week, 6 hours each" is 18 hours a week). */
    private static String product(Matcher matcher, String[] groups) {
        BigDecimal product = BigDecimal.ONE;
        for (String group : groups) {
            product = product.multiply(new BigDecimal(matcher.group(Integer.parseInt(group))));
        }
        return product.stripTrailingZeros().toPlainString();
    }

    /**
     * Days worked in the reference period from a length of work: 21.67 working days a month, over the
     * last 24 months, or 36 from the age of 53 (ARE rules).
     */
    public static BigDecimal daysWorked(int months, BigDecimal age) {
        int reference = age != null && age.compareTo(BigDecimal.valueOf(53)) >= 0 ? REFERENCE_MONTHS_FROM_53 : REFERENCE_MONTHS;
        return WORKING_DAYS_A_MONTH.multiply(BigDecimal.valueOf(Math.min(months, reference))).setScale(0, RoundingMode.HALF_UP);
    }

    private static String value(String template, Matcher matcher) {
        if (template.equals("$first")) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    return value("$" + group, matcher);
                }
            }
            throw new IllegalArgumentException("no value");
        }
        if (template.matches("\\$\\d")) {
            String raw = matcher.group(Integer.parseInt(template.substring(1)));
            if (raw == null) {
                throw new IllegalArgumentException("no value");
            }
            String digits = raw.replaceAll("[,\\s]", "");
            return digits.matches("\\d+(\\.\\d+)?") ? new BigDecimal(digits).toPlainString() : raw;
        }
        return template;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATTERNS, e);
        }
    }

    private static List<Rule> rules(JsonNode root) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode node : root.path("patterns")) {
            String source = MessageText.fold(node.path("pattern").asText());
            Pattern pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String unlessAfter = node.path("unlessAfter").asText("");
            rules.add(new Rule(rules.size(), pattern, facts(node.path("set")), facts(node.path("add")),
                    node.path("priority").asInt(1), node.path("unlessNegated").asBoolean(false),
                    unlessAfter.isEmpty() ? null : Pattern.compile("(?:" + MessageText.fold(unlessAfter) + ")$",
                            Pattern.CASE_INSENSITIVE),
                    node.hasNonNull("language") ? node.path("language").asText() : null));
        }
        return List.copyOf(rules);
    }

    private static Map<Fact, String> facts(JsonNode node) {
        Map<Fact, String> facts = new LinkedHashMap<>();
        node.properties().forEach(e -> facts.put(Fact.fromKey(e.getKey()).orElseThrow(() ->
                new IllegalStateException(PATTERNS + " names an unknown fact: " + e.getKey())), e.getValue().asText()));
        return facts;
    }
}
