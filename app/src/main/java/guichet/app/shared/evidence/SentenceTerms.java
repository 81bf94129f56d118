package guichet.app.shared.evidence;

import guichet.knowledge.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

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
        return new LinkedHashSet<>(Analyzers.terms(analyzer, text));
    }
}
