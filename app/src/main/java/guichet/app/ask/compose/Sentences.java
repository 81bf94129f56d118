package guichet.app.ask.compose;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits guidance text into sentences with the JDK's locale-aware sentence rules. */
public final class Sentences {

    private static final int MIN_CHARACTERS = 25;
    private static final int MAX_CHARACTERS = 600;

    private Sentences() {
    }

    /** The sentences of {@code text} worth quoting: not headings, not fragments, not walls of text. */
    public static List<String> of(String text, String language) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\n+")) {
            BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
            String clean = paragraph.strip();
            iterator.setText(clean);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = clean.substring(start, end).strip();
                if (sentence.length() >= MIN_CHARACTERS && sentence.length() <= MAX_CHARACTERS
                        && sentence.chars().anyMatch(Character::isLetter)) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }
}
