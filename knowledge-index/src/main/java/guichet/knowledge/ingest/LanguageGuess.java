package guichet.knowledge.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text without metadata, by counting the most frequent function words of
 * each language Guichet has an analyzer for (see ADR-NOTES.md: most sources declare their language,
 * and the guess only has to choose an analyzer).
 */
public final class LanguageGuess {

    /** Returned when no language reaches the threshold. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "a", "in", "is", "you", "that", "it", "for", "are", "on", "with",
                    "as", "be", "this", "your", "or", "by", "if", "can", "have", "not", "from", "will", "an", "at",
                    "was", "they"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "en", "que", "qui", "pour",
                    "dans", "sur", "au", "aux", "par", "pas", "vous", "il", "ne", "se", "ce", "sont", "avec", "ou",
                    "plus", "être"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sie",
                    "sich", "des", "auf", "für", "im", "dem", "auch"),
            "es", Set.of("el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "es", "por", "con", "para",
                    "del", "se", "no", "su", "al", "lo"),
            "it", Set.of("il", "di", "che", "la", "e", "per", "un", "una", "in", "del", "della", "non", "sono",
                    "con", "le", "gli", "si", "al", "da", "è"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
                    "die", "aan", "er", "ook", "als", "bij", "wordt"));

    private LanguageGuess() {
    }

    /** ISO 639-1 code of the likeliest language, or {@link #UNDETERMINED}. */
    public static String detect(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2001);
        int counted = 0;
        String best = UNDETERMINED;
        int bestHits = 0;
        int[] hits = new int[FUNCTION_WORDS.size()];
        String[] languages = FUNCTION_WORDS.keySet().stream().sorted().toArray(String[]::new);
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            counted++;
            for (int i = 0; i < languages.length; i++) {
                if (FUNCTION_WORDS.get(languages[i]).contains(word)) {
                    hits[i]++;
                }
            }
        }
        for (int i = 0; i < languages.length; i++) {
            if (hits[i] > bestHits) {
                bestHits = hits[i];
                best = languages[i];
            }
        }
        return counted >= 3 && bestHits >= Math.max(2, counted / 10) ? best : UNDETERMINED;
    }
}
