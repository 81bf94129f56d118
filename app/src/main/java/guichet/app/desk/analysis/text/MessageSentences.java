package guichet.app.desk.analysis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a message, as people write them in mail: line by line (greetings, sign-offs and
 * list items stand on their own lines), then by the JDK's sentence rules. Unlike guidance quoting,
 * short sentences count: "Please help." is a request.
 */
public final class MessageSentences {

    private MessageSentences() {
    }

    public static List<String> of(String text, String language) {
        List<String> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language == null ? "en" : language));
        for (String line : text.split("\\R")) {
            String clean = line.strip();
            if (clean.isEmpty()) {
                continue;
            }
            iterator.setText(clean);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = clean.substring(start, end).strip();
                if (sentence.chars().anyMatch(Character::isLetter)) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }
}
