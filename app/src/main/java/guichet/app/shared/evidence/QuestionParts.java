package guichet.app.shared.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a citizen's question into the questions it asks ("how much is it and when do I claim it?",
 * "…? how long …?"), so that evidence is picked for each of them: a pure function.
 */
public final class QuestionParts {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // A question mark with more text after it ends one question and starts another.
    private static final Pattern AFTER_QUESTION_MARK = Pattern.compile("(?<=\\?)\\s+(?=\\S)");
    // "… and how long …", "…, and is there …", "… et c'est combien …": a conjunction that starts a new question.
    private static final String QUESTION_WORD = "(?:how|what|what's|whats|when|where|which|who|why|is there|are there|"
            + "is it|do I|does it|can I|for how|combien|quand|comment|quel|quelle|quels|quelles|où|pourquoi|"
            + "est-ce|c'est|c’est|pendant|jusqu'à|jusqu’à|à partir de)\\b";
    private static final Pattern SECOND_QUESTION = Pattern.compile(
            ",?\\s+(?:and|et)\\s+(?=" + QUESTION_WORD + ")", FLAGS);
    private static final Pattern STARTS_AS_QUESTION = Pattern.compile(
            "^(?:(?:and|et)\\s+)?" + QUESTION_WORD, FLAGS);
    private static final int MIN_WORDS = 3;

    private QuestionParts() {
    }

    /** The questions asked, in order; the whole question alone when it asks one thing. */
    public static List<String> of(String question) {
        List<String> parts = new ArrayList<>();
        for (String sentence : AFTER_QUESTION_MARK.split(question.strip())) {
            // "… claim? I didn't know I could apply": what follows the last question only tells more about it.
            if (!parts.isEmpty() && !sentence.strip().endsWith("?") && !STARTS_AS_QUESTION.matcher(sentence.strip()).find()
                    || !parts.isEmpty() && (words(sentence) < MIN_WORDS || words(parts.getLast()) < MIN_WORDS)) {
                parts.add(parts.removeLast() + " " + sentence.strip());
                continue;
            }
            parts.addAll(split(sentence.strip()));
        }
        return parts.isEmpty() ? List.of(question) : List.copyOf(parts);
    }

    /** Cuts a sentence where a conjunction starts another question, unless a piece would be too short to be one. */
    private static List<String> split(String sentence) {
        List<int[]> cuts = SECOND_QUESTION.matcher(sentence).results().map(m -> new int[]{m.start(), m.end()}).toList();
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cuts.size(); i++) {
            int nextEnd = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : sentence.length();
            String before = sentence.substring(start, cuts.get(i)[0]);
            String after = sentence.substring(cuts.get(i)[1], nextEnd);
            if (words(before) >= MIN_WORDS && words(after) >= MIN_WORDS) {
                pieces.add(before.strip());
                start = cuts.get(i)[1];
            }
        }
        pieces.add(sentence.substring(start).strip());
        return pieces;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
