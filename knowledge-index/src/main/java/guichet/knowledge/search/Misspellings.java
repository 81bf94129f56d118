package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.ingest.LanguageGuess;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrects the misspelt words of a question to the words the guidance uses, with Lucene's
 * {@link DirectSpellChecker} over the index's own vocabulary ({@link ChunkFields#WORDS}):
 * "licensiement" becomes "licenciement", "maternaty" "maternity", "formaton" "formation". Citizens type fast,
 * on phones, without accents; BM25 matches exact terms, the embedder reads a typo as other word
 * pieces, and country routing looks for whole words, so one typo can cost a question its best word
 * in all three (ADR 26).
 *
 * <p>The index is the only dictionary, so the rules keep right words as typed:
 * <ul>
 *   <li>only words of six letters or more are corrected: shorter ones are too often another right
 *       word one letter away ("wound" and "would");</li>
 *   <li>a word is misspelt only if the index has never seen it, nor, once stemmed by any language's
 *       analyzer, any form of it ("fired" is known through "fire");</li>
 *   <li>the correction is a word at least two passages use, one edit away (two for words of eight
 *       letters or more), and at least 80% alike;</li>
 *   <li>it stays in the question's language: an English word is never turned into a French one;</li>
 *   <li>a capitalised word inside a sentence is a name (Leeds, Deliveroo) and is left as typed.</li>
 * </ul>
 * A right word the guidance lacks can still be read as its one-letter neighbour; a larger corpus
 * makes that rarer.
 */
public final class Misspellings {

    private static final int MIN_WORD_LENGTH = 6;
    private static final int TWO_EDITS_FROM_LENGTH = 8;
    private static final float MIN_SIMILARITY = 0.8f;
    private static final int MIN_PASSAGES = 2;
    /** Unknown words looked up per text, at most: a long email or a string of gibberish stays cheap. */
    private static final int MAX_LOOKUPS = 16;

    private final Analyzer words = Analyzers.words();
    private final Map<String, Analyzer> stemmers = new LinkedHashMap<>();
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    public Misspellings() {
        for (String suffix : Analyzers.suffixes()) {
            stemmers.put(suffix, Analyzers.forSuffix(suffix));
        }
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(MIN_SIMILARITY);
        checker.setThresholdFrequency(MIN_PASSAGES);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        return checker;
    }

    /**
     * @return the text with each misspelt word replaced by the index's word, the rest as typed; the
     * text itself when nothing is misspelt, or when the index has no vocabulary (written before ADR 26)
     */
    public String correct(IndexReader reader, String text) throws IOException {
        if (!hasVocabulary(reader)) {
            return text;
        }
        String language = null;
        StringBuilder corrected = null;
        int copied = 0;
        int lookups = 0;
        try (TokenStream stream = words.tokenStream(ChunkFields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && lookups < MAX_LOOKUPS) {
                String word = term.toString();
                if (isName(text, offset.startOffset()) || !misspelt(reader, word)) {
                    continue;
                }
                lookups++;
                language = language != null ? language : Analyzers.suffix(LanguageGuess.detect(text));
                String replacement = replacement(reader, word, language);
                if (replacement != null) {
                    corrected = corrected == null ? new StringBuilder(text.length() + 8) : corrected;
                    corrected.append(text, copied, offset.startOffset()).append(replacement);
                    copied = offset.endOffset();
                }
            }
            stream.end();
        }
        return corrected == null ? text : corrected.append(text, copied, text.length()).toString();
    }

    /** A capitalised word inside a sentence: a place, an employer, a scheme, spelt as its owner spells it. */
    private static boolean isName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && ".!?:\n\"«(".indexOf(text.charAt(before)) < 0;
    }

    /** A word long enough to correct that neither the index nor, once stemmed, any language knows. */
    private boolean misspelt(IndexReader reader, String word) throws IOException {
        return word.length() >= MIN_WORD_LENGTH && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'')
                && reader.docFreq(new Term(ChunkFields.WORDS, word)) == 0 && knownIn(reader, word).isEmpty();
    }

    private String replacement(IndexReader reader, String word, String language) throws IOException {
        Term typed = new Term(ChunkFields.WORDS, word);
        DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM_LENGTH ? twoEdits : oneEdit;
        SuggestWord[] suggestions = checker.suggestSimilar(typed, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length == 0) {
            return null;
        }
        String suggestion = suggestions[0].string;
        boolean ownLanguage = !stemmers.containsKey(language) || language.equals(Analyzers.OTHER)
                || knownIn(reader, suggestion).contains(language);
        return ownLanguage ? suggestion : null;
    }

    /** The languages whose stemmed text holds the word (a stop word of a language counts as known there). */
    private List<String> knownIn(IndexReader reader, String word) throws IOException {
        List<String> languages = new ArrayList<>();
        for (Map.Entry<String, Analyzer> stemmer : stemmers.entrySet()) {
            List<String> stems = Analyzers.terms(stemmer.getValue(), word);
            if (stems.isEmpty()) {
                languages.add(stemmer.getKey());
                continue;
            }
            for (String stem : stems) {
                if (reader.docFreq(new Term(ChunkFields.TEXT + "_" + stemmer.getKey(), stem)) > 0) {
                    languages.add(stemmer.getKey());
                    break;
                }
            }
        }
        return languages;
    }

    /**
     * Whether every chunk has its words indexed. Chunks written before the field existed have none,
     * and against a partial vocabulary right words would read as misspelt.
     */
    private static boolean hasVocabulary(IndexReader reader) throws IOException {
        int withWords = reader.getDocCount(ChunkFields.WORDS);
        return withWords > 0 && withWords == reader.getDocCount(ChunkFields.CHUNK_ID);
    }
}
