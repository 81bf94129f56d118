package guichet.app.employment.situation;

import guichet.app.employment.situation.text.MessageText;
import guichet.app.employment.situation.text.NumberWords;
import guichet.app.employment.situation.text.Perspective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole conversation, message after message: facts spread over several messages add up, and
 * a fact stated again is the latest statement ("I'm 62... sorry, I'm 61"). A short reply to the
 * question the journey had just asked is its answer ("Yes.", "34", "About £2,000"). Days worked
 * from a length of work are counted once the age is known, over the reference period it gives.
 */
@org.springframework.stereotype.Component
public final class ConversationReader {

    private static final Pattern YES = Pattern.compile("^\\W*(?:yes|yeah|yep|yup|aye|correct|that'?s right|right|i have|"
            + "i do|i am|i did|definitely|of course|oui|ouais|exact|exactement|tout a fait|bien sur|absolument|c'est ca)\\b(?![^.!?]{0,12}\\bnot\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO = Pattern.compile("^\\W*(?:no|nope|nah|not really|not at all|i haven'?t|i don'?t|"
            + "i'?m not|i am not|i didn'?t|never|non|pas du tout|absolument pas|jamais)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?![\\w.]|\\.\\d)");
    /** Longest reply read as an answer to the question just asked. */
    static final int MAX_ANSWER_CHARACTERS = 80;

    private final SituationExtractor extractor;

    public ConversationReader(SituationExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * One citizen message in a conversation.
     *
     * @param message what they wrote (redacted)
     * @param asked the fact the journey's reply before it asked for, or null
     * @param checked facts read from it beyond the patterns (a model's, already checked against its words)
     */
    public record Turn(String message, Fact asked, List<ReadFact> checked) {

        public Turn {
            checked = checked == null ? List.of() : List.copyOf(checked);
        }

        public Turn(String message) {
            this(message, null, List.of());
        }
    }

    /** The whole conversation's facts, read in order. */
    public Understanding read(List<Turn> turns, String language) {
        Map<Fact, ReadFact> held = new EnumMap<>(Fact.class);
        Situation.Builder situation = Situation.builder();
        Perspective.Subject subject = Perspective.Subject.SELF;
        List<ReadFact> latest = List.of();
        String latestText = "";
        for (Turn turn : turns) {
            BigDecimal age = held.containsKey(Fact.AGE) ? (BigDecimal) held.get(Fact.AGE).value() : null;
            Reading reading = extractor.read(turn.message(), new SituationExtractor.Context(language, subject, age));
            subject = reading.subject();
            List<ReadFact> facts = new ArrayList<>(reading.facts());
            if (turn.asked() != null && facts.stream().noneMatch(f -> f.fact() == turn.asked())) {
                answer(turn.message(), turn.asked(), language).ifPresent(facts::add);
            }
            corrected(reading.text(), held, facts).ifPresent(facts::add);
            for (ReadFact checked : turn.checked()) {
                if (facts.stream().noneMatch(f -> f.fact() == checked.fact())) {
                    facts.add(checked);
                }
            }
            // A presumption never replaces what the citizen said.
            facts.removeIf(f -> f.how() == ReadFact.How.PRESUMED && held.containsKey(f.fact())
                    && held.get(f.fact()).how() != ReadFact.How.PRESUMED);
            for (ReadFact fact : facts) {
                held.put(fact.fact(), fact);
                situation.merge(fact.fact(), fact.value());
            }
            latest = facts;
            latestText = reading.text();
        }
        // Days worked from a length of work depend on the age, which may have been told later.
        ReadFact days = held.get(Fact.DAYS_WORKED);
        if (days != null && days.months() > 0 && held.containsKey(Fact.AGE)) {
            BigDecimal value = SituationExtractor.daysWorked(days.months(), (BigDecimal) held.get(Fact.AGE).value());
            ReadFact recounted = new ReadFact(Fact.DAYS_WORKED, value, days.words(), days.how(), days.months());
            held.put(Fact.DAYS_WORKED, recounted);
            situation.set(Fact.DAYS_WORKED, value);
        }
        return new Understanding(held, situation.build(), subject, latest, latestText);
    }

    private static final Pattern INSTEAD = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?!\\w|\\.\\d)[^\\d.!?]{0,12}?\\b(?:not|and not|"
            + "instead of|rather than|pas|et non|et pas|au lieu de|plutot que)\\s+(?:£|€)?\\s?(\\d+(?:\\.\\d+)?)(?!\\w|\\.\\d)|"
            + "\\b(?:not|pas)\\s+(?:£|€)?\\s?(\\d+(?:\\.\\d+)?)(?!\\w|\\.\\d)\\s*(?:,|;|-)?\\s*(?:but|mais|it'?s|c'est)?\\s*(?:£|€)?\\s?"
            + "(\\d+(?:\\.\\d+)?)(?!\\w|\\.\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * "I meant £6,000 not £600", "not 51, 52": a number put in place of one already held corrects that fact,
     * when the message did not state the fact again in its own words.
     */
    static Optional<ReadFact> corrected(String text, Map<Fact, ReadFact> held, List<ReadFact> read) {
        Matcher matcher = INSTEAD.matcher(text);
        while (matcher.find()) {
            String newer = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            String older = matcher.group(1) != null ? matcher.group(2) : matcher.group(3);
            BigDecimal old = new BigDecimal(older);
            for (ReadFact fact : held.values()) {
                if (fact.value() instanceof BigDecimal value && value.compareTo(old) == 0
                        && read.stream().noneMatch(r -> r.fact() == fact.fact())) {
                    return Optional.of(new ReadFact(fact.fact(), new BigDecimal(newer), matcher.group().strip(),
                            ReadFact.How.PATTERN));
                }
            }
        }
        return Optional.empty();
    }

    /** A short reply read as the answer to the question just asked: yes or no, or a number. */
    static Optional<ReadFact> answer(String message, Fact asked, String language) {
        String text = message.strip();
        if (text.length() > MAX_ANSWER_CHARACTERS) {
            return Optional.empty();
        }
        if (asked.type() == Fact.Type.BOOLEAN) {
            String plain = MessageText.fold(text);
            if (YES.matcher(plain).find()) {
                return Optional.of(new ReadFact(asked, Boolean.TRUE, text, ReadFact.How.ANSWER));
            }
            if (NO.matcher(plain).find()) {
                return Optional.of(new ReadFact(asked, Boolean.FALSE, text, ReadFact.How.ANSWER));
            }
            return Optional.empty();
        }
        if (asked.type() == Fact.Type.NUMBER) {
            String digits = NumberWords.digits(MessageText.of(text).plain(), language).text();
            Matcher number = NUMBER.matcher(digits);
            if (number.find()) {
                String first = number.group(1);
                if (number.find()) {
                    return Optional.empty();  // two numbers: not a plain answer
                }
                return Optional.of(new ReadFact(asked, new BigDecimal(first), text, ReadFact.How.ANSWER));
            }
        }
        return Optional.empty();
    }
}
