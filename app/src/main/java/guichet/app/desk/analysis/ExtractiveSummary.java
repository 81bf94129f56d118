package guichet.app.desk.analysis;

import guichet.app.desk.analysis.text.MessageSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A summary made of the message's own sentences: the first sentence that says what happened, then
 * the sentences that carry the request ("can you", "please", "I would like", "pouvez-vous"...), in
 * the order written, greetings and sign-offs left out. It cannot misstate anything; it is what the
 * desk shows when the chat model's summary is unusable.
 */
public final class ExtractiveSummary {

    private static final int MAX_SENTENCES = 3;
    private static final int MAX_CHARACTERS = 420;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern GREETING = Pattern.compile("^(dear|hello|hi|hey|good (morning|afternoon|evening)|to whom|"
            + "bonjour|bonsoir|madame|monsieur|cher|ch[èe]re|bore da)\\b.{0,40}$", FLAGS);
    private static final Pattern SIGN_OFF = Pattern.compile("^(thanks|thank you|many thanks|kind regards|regards|best|"
            + "cheers|yours|sincerely|merci|cordialement|bien (cordialement|à vous)|je vous prie|veuillez agr[ée]er|"
            + "salutations|diolch|bonne journ[ée]e)\\b", FLAGS);
    private static final Pattern REQUEST = Pattern.compile("\\?|\\b(please|can you|could you|can someone|could someone|"
            + "i would like|i'd like|i want|i wish|i need|i request|i am writing|i'm writing|what (do|should|can) i|"
            + "how do i|help|urgent|pouvez-vous|pourriez-vous|merci de|je souhaite|je voudrais|je demande|je conteste|"
            + "j'ai besoin|aidez|que dois-je|comment)\\b", FLAGS);

    private ExtractiveSummary() {
    }

    public static String of(String subject, String body, String language) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : MessageSentences.of(body, language)) {
            if (!GREETING.matcher(sentence).find() && !SIGN_OFF.matcher(sentence).find() && words(sentence) >= 3) {
                sentences.add(sentence);
            }
        }
        if (sentences.isEmpty()) {
            return subject.isBlank() ? "" : subject.strip();
        }
        List<Integer> chosen = new ArrayList<>();
        chosen.add(0);
        for (int i = 1; i < sentences.size() && chosen.size() < MAX_SENTENCES; i++) {
            if (REQUEST.matcher(sentences.get(i)).find()) {
                chosen.add(i);
            }
        }
        for (int i = 1; i < sentences.size() && chosen.size() < 2; i++) {
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        chosen.sort(Integer::compare);
        StringBuilder summary = new StringBuilder();
        for (int index : chosen) {
            String sentence = sentences.get(index);
            if (summary.length() + sentence.length() > MAX_CHARACTERS && !summary.isEmpty()) {
                break;
            }
            summary.append(summary.isEmpty() ? "" : " ").append(sentence);
        }
        String text = summary.toString();
        return text.length() <= MAX_CHARACTERS ? text : text.substring(0, MAX_CHARACTERS - 1).strip() + "…";
    }

    private static int words(String sentence) {
        return sentence.strip().split("\\s+").length;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
