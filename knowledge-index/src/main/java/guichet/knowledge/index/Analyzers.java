package guichet.knowledge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One analyzer per language Guichet knows (stemming and stop words from Lucene's analysis-common),
 * and {@link StandardAnalyzer} for the rest. Each language has its own text, title and heading
 * fields ({@code text_fr}, {@code title_fr}...), so documents and queries in that language are
 * analysed the same way.
 */
public final class Analyzers {

    /** The suffix of fields for languages without their own analyzer. */
    public static final String OTHER = "std";

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.of(
            "en", EnglishAnalyzer::new,
            "fr", FrenchAnalyzer::new,
            "de", GermanAnalyzer::new,
            "es", SpanishAnalyzer::new,
            "it", ItalianAnalyzer::new,
            "nl", DutchAnalyzer::new);

    private static final Map<String, Analyzer> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private Analyzers() {
    }

    /**
     * One analyzer per field suffix for the whole process, for short texts and queries read at each question
     * (a Lucene analyzer is thread-safe: it keeps its token streams per thread); never closed.
     */
    public static Analyzer shared(String suffix) {
        return SHARED.computeIfAbsent(suffix, Analyzers::forSuffix);
    }

    /** The field suffix for a language: itself if it has an analyzer, {@link #OTHER} otherwise. */
    public static String suffix(String language) {
        return BY_LANGUAGE.containsKey(language) ? language : OTHER;
    }

    public static Set<String> suffixes() {
        Set<String> all = new java.util.TreeSet<>(BY_LANGUAGE.keySet());
        all.add(OTHER);
        return all;
    }

    /**
     * Words as written, lower-cased, every language alike, stop words kept: for {@link ChunkFields#WORDS}
     * and the misspelt words of a question.
     */
    public static Analyzer words() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** The terms an analyzer makes of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text held in memory", e);
        }
        return terms;
    }

    /** The analyzer for every field of the index. */
    public static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(ChunkFields.WORDS, words());
        for (String suffix : suffixes()) {
            Analyzer analyzer = forSuffix(suffix);
            for (String field : List.of(ChunkFields.TEXT, ChunkFields.TITLE, ChunkFields.HEADINGS)) {
                fields.put(field + "_" + suffix, analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    public static Analyzer forSuffix(String suffix) {
        return BY_LANGUAGE.getOrDefault(suffix, StandardAnalyzer::new).get();
    }
}
