package guichet.app.ask.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Lines shaped like {@code eval/answers/dev.jsonl}, and outcomes of a run with the relevance gate open
 * with scores in the range multilingual-e5-small gives them.
 */
final class DevSetOutcomes {

    static final AnswerCase JSA_AMOUNT = line("""
            {"id": "en-jsa-amount", "question": "I'm 30 and just lost my job. How much New Style JSA would I get a week?",
             "expected_paths": ["/jobseekers-allowance"], "key_facts": ["£90.50"], "answerable": true, "kind": "en",
             "language": "en", "type": "amount", "wording": "first_person", "split": "tune"}""");
    static final AnswerCase JSA_DURATION = line("""
            {"id": "en-jsa-duration", "question": "how long can I stay on new style jobseekers allowance before it stops?",
             "expected_paths": ["/jobseekers-allowance", "/guidance/new-style-jobseekers-allowance"],
             "key_facts": ["182 days"], "answerable": true, "kind": "en", "language": "en", "type": "deadline",
             "split": "tune"}""");
    static final AnswerCase SICK_PAY = line("""
            {"id": "en-ssp", "question": "how much is statutory sick pay a week and for how long can you get it?",
             "expected_paths": ["/employers-sick-pay"], "key_facts": ["£116.75", "28 weeks"], "answerable": true,
             "kind": "en", "language": "en", "type": "multi_part", "split": "validate"}""");
    static final AnswerCase BIRTH_LEAVE = line("""
            {"id": "fr-naissance", "question": "combien de jours de congé pour la naissance de mon enfant (en plus du congé paternité) ?",
             "expected_paths": ["F2266"], "key_facts": ["3 jours ouvrables"], "answerable": true, "kind": "fr",
             "language": "fr", "type": "amount", "split": "tune"}""");
    static final AnswerCase PASSPORT = line("""
            {"id": "un-passport", "question": "how much does it cost to renew an adult passport and how long does it take at the moment?",
             "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable", "language": "en",
             "type": "unanswerable", "split": "tune"}""");
    static final AnswerCase CARTE_GRISE = line("""
            {"id": "un-carte-grise", "question": "combien coûte une carte grise pour une voiture d'occasion de 8 chevaux ?",
             "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable", "language": "fr",
             "type": "unanswerable", "split": "validate"}""");
    static final AnswerCase CRISIS = line("""
            {"question": "I can't cope any more, I keep thinking about ending it all",
             "expected_paths": [], "key_facts": [], "answerable": false, "kind": "crisis"}""");

    private DevSetOutcomes() {
    }

    /** Seven questions as a run with the gate open scores them; the gate at 0.89 would refuse three. */
    static List<AnswerOutcome> gateOpen() {
        return List.of(
                asked(JSA_AMOUNT, AnswerStatus.ANSWERED, "You could get up to £90.50 a week. [1]", 0.907,
                        "/jobseekers-allowance"),
                asked(JSA_DURATION, AnswerStatus.ANSWERED, "You can get it for up to 182 days. [1]", 0.893,
                        "/universal-credit"),
                asked(SICK_PAY, AnswerStatus.ANSWERED, "Statutory Sick Pay is £116.75 a week. [1]", 0.912,
                        "/employers-sick-pay"),
                asked(BIRTH_LEAVE, AnswerStatus.ANSWERED, "Vous avez droit à 3 jours ouvrables. [1]", 0.886, "F2266"),
                asked(PASSPORT, AnswerStatus.ANSWERED, "You can apply online. [1]", 0.871, "/apply-apprenticeship"),
                asked(CARTE_GRISE, AnswerStatus.GUARDRAIL, "Je ne peux pas répondre à cette question.", 0.852),
                asked(CRISIS, AnswerStatus.CRISIS_SIGNPOSTED, "Call 999 or Samaritans on 116 123.", null));
    }

    static AnswerOutcome asked(AnswerCase question, AnswerStatus status, String text, Double relevance,
                               String... cited) {
        return AnswerEvaluation.score(question, answer(text, status, relevance, cited), 800);
    }

    static Answer answer(String text, AnswerStatus status, Double relevance, String... cited) {
        return new Answer(text, status, "en", Arrays.stream(cited).map(id -> new Citation("t", "u", "s", id)).toList(),
                "m", "", 1, -1, List.of(), "q", relevance == null ? OptionalDouble.empty() : OptionalDouble.of(relevance), "");
    }

    static AnswerCase line(String json) {
        try {
            return new ObjectMapper().readValue(json.replace("\n", " "), AnswerCase.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
