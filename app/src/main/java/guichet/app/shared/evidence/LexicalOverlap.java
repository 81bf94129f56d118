package guichet.app.shared.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many of the question's content words a sentence shares, each weighted by its rarity among the
 * candidate sentences (an inverse document frequency over the candidates), so "maternity" counts more
 * than "pay" when every candidate mentions pay.
 */
final class LexicalOverlap {

    private LexicalOverlap() {
    }

    static double[] scores(String question, List<String> sentences, List<String> languages) {
        List<Set<String>> sentenceTerms = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> terms = SentenceTerms.of(sentences.get(i), languages.get(i));
            sentenceTerms.add(terms);
            terms.forEach(term -> frequency.merge(term, 1, Integer::sum));
        }
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> questionTerms = SentenceTerms.of(question, languages.get(i));
            for (String term : questionTerms) {
                if (sentenceTerms.get(i).contains(term)) {
                    scores[i] += Math.log(1 + (double) sentences.size() / frequency.get(term));
                }
            }
        }
        return scores;
    }
}
