package guichet.app.employment.situation;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.employment.situation.text.MessageText;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No word the shipped guidance uses (twice or more) is taken for a spelling slip: known-words.txt lists
 * those near the patterns' vocabulary. When the vocabulary grows, this test names the words to add.
 */
class KnownWordsTest {

    @Test
    void noWordOfTheGuidanceIsCorrected() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        Pattern word = Pattern.compile("[A-Za-z]+");
        for (String file : List.of("govuk-pages.json.gz", "service-public-emploi.json.gz", "travail-emploi-fiches.json.gz")) {
            try (InputStream in = new GZIPInputStream(getClass().getClassLoader().getResourceAsStream("sample-knowledge/" + file))) {
                String text = MessageText.fold(new ObjectMapper().readTree(in).toString());
                Matcher m = word.matcher(text);
                while (m.find()) {
                    counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        List<String> corrected = counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getKey().length() >= 6)
                .map(Map.Entry::getKey)
                .filter(w -> !SituationExtractorTest.EXTRACTOR.read(w, SituationExtractor.Context.first("en")).text().equals(w))
                .sorted().toList();
        assertThat(corrected).as("words of the guidance taken for slips: add them to known-words.txt").isEmpty();
    }
}
