package guichet.app.desk.analysis.urgency;

import guichet.app.shared.rules.MatchText;
import guichet.app.desk.analysis.text.MessageSentences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a message into sentences and clauses and marks how each states what it says ({@link Stance}):
 * lines of a forwarded or quoted message are quoted; cue words mark hearsay, the past, the merely
 * possible and the denied; the dates of a sentence, resolved against the day the message came in, mark
 * it past, soon (within about one working day) or far (more than a few working days ahead). A message
 * that says the crisis is over marks every clause resolved.
 */
public final class MessageClauses {

    /** Where one clause ends and the next begins inside a sentence. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,? \\b(?:but|however|although|though|whereas|mais|cependant|pourtant|sauf que|meme si|alors que)\\b| - ");
    /** The first line of a forwarded or quoted message: every line after it is quoted. */
    private static final Pattern FORWARD = Pattern.compile(
            "^(?:-{2,} ?(?:forwarded message|original message|message transfere|message d'origine|message original)"
                    + "|begin forwarded message|(?:le|on) .{0,80}(?:wrote|a ecrit) ?:$|-{5,}$)");
    /** The end of a sentence followed by one that starts in lower case. */
    private static final Pattern LOWER_CASE_SENTENCE = Pattern.compile("(?<=[a-z][.!?])\\s+(?=\\p{Ll})");
    /** A date this many days before receipt or more is the past, not the start of a crisis still going on. */
    private static final int PAST_DAYS = 21;

    private final ContextCues cues;
    private final int soonWorkingDays;
    private final int farWorkingDays;

    /**
     * @param soonWorkingDays a date at most this many working days ahead is soon
     * @param farWorkingDays a date more than this many working days ahead is far
     */
    public MessageClauses(ContextCues cues, int soonWorkingDays, int farWorkingDays) {
        this.cues = cues;
        this.soonWorkingDays = soonWorkingDays;
        this.farWorkingDays = farWorkingDays;
    }

    public List<Clause> of(String text, String language, LocalDate received) {
        List<Clause> clauses = new ArrayList<>();
        boolean quotedBlock = false;
        boolean resolved = false;
        int sentenceIndex = 0;
        for (String line : text.split("\\R")) {
            String lineText = MatchText.of(line);
            if (FORWARD.matcher(lineText).find()) {
                quotedBlock = true;
                continue;
            }
            boolean quotedLine = quotedBlock || lineText.startsWith(">");
            for (String sentence : sentences(line, language)) {
                String matchText = MatchText.of(sentence);
                boolean pastTense = cues.any("past_tense", matchText);
                List<DateMention> dates = RelativeDates.find(matchText, received, pastTense);
                Set<Stance> dated = dateStances(dates, received);
                resolved |= !quotedLine && cues.any(Stance.RESOLVED.id(), matchText);
                for (String part : CLAUSE_BREAK.split(matchText)) {
                    if (part.isBlank()) {
                        continue;
                    }
                    Set<Stance> stances = EnumSet.noneOf(Stance.class);
                    stances.addAll(dated);
                    if (quotedLine || cues.any(Stance.QUOTED.id(), part)) {
                        stances.add(Stance.QUOTED);
                    }
                    for (Stance stance : List.of(Stance.HEARSAY, Stance.PAST, Stance.HYPOTHETICAL, Stance.NEGATED)) {
                        if (cues.any(stance.id(), part)) {
                            stances.add(stance);
                        }
                    }
                    clauses.add(new Clause(part.strip(), matchText, sentenceIndex, stances, dates));
                }
                sentenceIndex++;
            }
        }
        if (resolved) {
            List<Clause> marked = new ArrayList<>();
            for (Clause clause : clauses) {
                Set<Stance> stances = EnumSet.of(Stance.RESOLVED);
                stances.addAll(clause.stances());
                marked.add(new Clause(clause.text(), clause.sentence(), clause.sentenceIndex(), stances, clause.dates()));
            }
            return marked;
        }
        return clauses;
    }

    /**
     * The sentences of a line: the JDK's, and also where a writer who never uses capitals ends one
     * ("...and thats it. the electric is on the key") — a clause must not borrow its neighbour's cues.
     */
    private static List<String> sentences(String line, String language) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : MessageSentences.of(line, language)) {
            for (String part : LOWER_CASE_SENTENCE.split(sentence)) {
                if (part.chars().anyMatch(Character::isLetter)) {
                    sentences.add(part.strip());
                }
            }
        }
        return sentences;
    }

    /**
     * The writer's own words: the text without the lines of a forwarded or quoted message and without the
     * sentences that quote someone else's message (a scam text). The classifier reads these, so that a
     * threat in a scam the writer reports does not read as the writer's emergency. The whole text when
     * nothing is left.
     */
    public String ownWords(String text, String language) {
        StringBuilder own = new StringBuilder();
        boolean quotedBlock = false;
        boolean dropped = false;
        for (String line : text.split("\\R", -1)) {
            String lineText = MatchText.of(line);
            if (quotedBlock || FORWARD.matcher(lineText).find() || lineText.startsWith(">")) {
                quotedBlock |= FORWARD.matcher(lineText).find();
                dropped = true;
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String sentence : sentences(line, language)) {
                if (cues.any(Stance.QUOTED.id(), MatchText.of(sentence))) {
                    dropped = true;
                } else {
                    kept.add(sentence);
                }
            }
            own.append(String.join(" ", kept)).append('\n');
        }
        String words = own.toString().strip();
        return !dropped ? text : words.isEmpty() ? text : words;
    }

    /** SOON for a date within about a working day, FAR for dates only well ahead, PAST for dates only well behind. */
    private Set<Stance> dateStances(List<DateMention> dates, LocalDate received) {
        Set<Stance> stances = EnumSet.noneOf(Stance.class);
        if (dates.isEmpty()) {
            return stances;
        }
        boolean allFar = true;
        boolean allPast = true;
        for (DateMention date : dates) {
            long ahead = WorkingDays.after(received, date.date());
            if (ahead >= 0 && ahead <= soonWorkingDays) {
                stances.add(Stance.SOON);
            }
            allFar &= ahead > farWorkingDays;
            allPast &= !date.ongoing() && ahead <= -PAST_DAYS;
        }
        if (allFar) {
            stances.add(Stance.FAR);
        }
        if (allPast) {
            stances.add(Stance.PAST);
        }
        return stances;
    }
}
