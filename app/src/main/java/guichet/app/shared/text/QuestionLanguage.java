package guichet.app.shared.text;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Detects the language a question is written in, offline, with Lingua (n-gram models, accurate on
 * short texts), restricted to a configured set of languages. It answers only when it is confident:
 * enough letters and a clear lead over the runner-up; otherwise the caller keeps the interface
 * language. The models (about 30 MB per language) load in the background when Guichet starts. The
 * answer feature makes the one instance, with the languages of its settings ({@code guichet.ask.input}).
 */
public class QuestionLanguage {

    /** The runner-up's confidence relative to the winner's above which the text is ambiguous. */
    private static final double AMBIGUOUS = 0.95;
    private static final Pattern URL = Pattern.compile("\\bhttps?://\\S+|\\bwww\\.\\S+|\\[[^\\]]{1,60}]");

    private final CompletableFuture<LanguageDetector> detector;
    private final int minLetters;

    /** @param languages ISO 639-1 codes; at least two */
    public QuestionLanguage(List<String> languages, int minLetters) {
        IsoCode639_1[] chosen = languages.stream()
                .map(code -> IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)))
                .distinct().toArray(IsoCode639_1[]::new);
        if (chosen.length < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages, got " + languages);
        }
        this.minLetters = minLetters;
        this.detector = CompletableFuture.supplyAsync(
                () -> LanguageDetectorBuilder.fromIsoCodes639_1(chosen).withPreloadedLanguageModels().build());
    }

    /** The question's language as an ISO 639-1 code ("en", "fr", "es"...), when the text says so clearly. */
    public Optional<String> detect(String text) {
        String words = URL.matcher(text).replaceAll(" ");
        if (words.codePoints().filter(Character::isLetter).count() < minLetters) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidence = detector.join().computeLanguageConfidenceValues(words);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        var ranked = confidence.entrySet().stream().sorted(Map.Entry.<Language, Double>comparingByValue().reversed())
                .toList();
        if (ranked.size() > 1 && ranked.get(1).getValue() >= AMBIGUOUS * ranked.getFirst().getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.getFirst().getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}
