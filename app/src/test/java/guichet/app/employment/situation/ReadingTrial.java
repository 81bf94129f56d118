package guichet.app.employment.situation;

import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.eligibility.EligibilityEngineTest;
import guichet.app.employment.eval.FactScore;
import guichet.app.employment.eval.JourneyScenario;
import guichet.app.employment.eval.JourneysCommand;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the tune scenarios' turns without the app and prints the facts read against those stated and the
 * outcomes the rules give (a look for whoever widens the patterns, not a test: no Test/IT suffix). Only
 * the tune split is read.
 */
class ReadingTrial {

    @Test
    void printTuneReadings() throws Exception {
        SituationExtractor extractor = SituationExtractorTest.EXTRACTOR;
        ConversationReader reader = new ConversationReader(extractor);
        EligibilityEngine engine = new EligibilityEngine(EligibilityEngineTest.RULES);
        String only = System.getProperty("trial.only", "");
        int correct = 0, held = 0, expected = 0, outcomesMet = 0, n = 0;
        for (JourneyScenario s : JourneysCommand.read(Path.of("src/test/resources/eval/journeys/dev.json"))) {
            if (!"tune".equals(s.split()) || (!only.isEmpty() && !s.id().startsWith(only))) {
                continue;
            }
            Understanding u = reader.read(s.turns().stream().map(ConversationReader.Turn::new).toList(), s.language());
            Set<String> scored = s.eligibility().keySet().stream().flatMap(b -> engine.rules().find(b).orElseThrow().facts()
                    .stream().map(Fact::key)).collect(Collectors.toSet());
            FactScore score = FactScore.of(s.facts(), u.situation().byName(), scored);
            Map<String, String> outcomes = s.eligibility().keySet().stream().collect(Collectors.toMap(b -> b,
                    b -> engine.evaluate(b, u.situation(), LocalDate.of(2025, 9, 1), s.language()).outcome().wireName()));
            boolean met = outcomes.equals(s.eligibility());
            n++;
            outcomesMet += met ? 1 : 0;
            correct += score.correct();
            held += score.held();
            expected += score.expected();
            if (!met || !score.wrong().isEmpty() || !score.missed().isEmpty() || !only.isEmpty()) {
                System.out.println("== " + s.id() + (met ? " ok " : " OUTCOME " + outcomes + " expected " + s.eligibility()));
                if (!score.wrong().isEmpty()) {
                    System.out.println("   wrong: " + score.wrong());
                }
                if (!score.missed().isEmpty()) {
                    System.out.println("   missed: " + score.missed());
                }
                if (!only.isEmpty()) {
                    u.facts().values().forEach(f -> System.out.println("   " + f));
                }
            }
        }
        System.out.printf("outcomes %d/%d, precision %d/%d, recall %d/%d%n", outcomesMet, n, correct, held, correct, expected);
    }

    /** -Dtrial.say="message|message" -Dtrial.language=en: the facts read from a made-up conversation. */
    @Test
    void printSaid() {
        String said = System.getProperty("trial.say", "");
        if (said.isEmpty()) {
            return;
        }
        SituationExtractor extractor = SituationExtractorTest.EXTRACTOR;
        for (String message : said.split("\\|")) {
            Reading reading = extractor.read(message, SituationExtractor.Context.first(System.getProperty("trial.language", "en")));
            System.out.println(">> " + message + "\n   read as: " + reading.text());
            reading.facts().forEach(f -> System.out.println("   " + f));
        }
    }
}
