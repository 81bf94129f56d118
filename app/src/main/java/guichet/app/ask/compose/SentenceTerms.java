package guichet.app.ask.compose;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Content-word stems of a text, with Lucene's analyzer for its language (stop words removed). */
final class SentenceTerms {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer FRENCH = new FrenchAnalyzer();
    private static final Analyzer OTHER = new StandardAnalyzer();

    private SentenceTerms() {
    }

    static Set<String> of(String text, String language) {
        Analyzer analyzer = switch (language) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> OTHER;
        };
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
