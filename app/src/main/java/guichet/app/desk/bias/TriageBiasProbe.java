package guichet.app.desk.bias;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.AssessTriage;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.DetectLanguage;
import guichet.app.desk.analysis.SeekSecondOpinion;
import guichet.app.desk.analysis.TriageDecision;
import guichet.app.desk.intake.QuotedReplies;
import guichet.app.shared.privacy.Masking;
import guichet.app.system.audit.bias.Counterfactual;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import guichet.app.system.audit.bias.CounterfactualProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's triage under the bias audit: the shipped counterfactual letters ({@code desk/bias/counterfactuals.json}),
 * each varied by the sender's name, its language, and a sentence giving an age, a disability or a caring role,
 * triaged as intake would triage them.
 */
@Component
@Order(1)
public class TriageBiasProbe implements CounterfactualProbe {

    /** What triage decides for one message. */
    public interface Classifier {
        TriageDecision decide(String subject, String body, String senderName, Instant receivedAt);
    }

    private static final String RESOURCE = "/desk/bias/counterfactuals.json";

    private final Classifier classifier;
    private final Runnable prepare;

    @Autowired
    TriageBiasProbe(InferenceRuntime inference, DetectLanguage detectLanguage, AssessTriage assessTriage,
                    SeekSecondOpinion secondOpinion) {
        this(analysed(new CaseAnalyser(List.of(detectLanguage, assessTriage, secondOpinion))),
                () -> inference.start(ProgressListener.NONE));
    }

    /** A probe of another classifier (tests: one biased on purpose). */
    public TriageBiasProbe(Classifier classifier) {
        this(classifier, () -> { });
    }

    private TriageBiasProbe(Classifier classifier, Runnable prepare) {
        this.classifier = classifier;
        this.prepare = prepare;
    }

    private static Classifier analysed(CaseAnalyser analyser) {
        return (subject, body, sender, received) -> analyser.run(new AnalysisContext("bias-audit", Masking.mask(subject),
                Masking.mask(QuotedReplies.split(body).text()), sender, received)).decision();
    }

    @Override
    public String name() {
        return "triage";
    }

    @Override
    public String positiveOutcome() {
        return "urgent";
    }

    @Override
    public List<Counterfactual> run() {
        prepare.run(); // the command line loads the models only when a command needs them
        JsonNode set = read();
        Instant received = Instant.parse(set.path("received").asText());
        JsonNode attributes = set.path("attributes");
        List<Counterfactual> variants = new ArrayList<>();
        for (JsonNode letter : set.path("cases")) {
            String id = letter.path("id").asText();
            for (String language : List.of("en", "fr")) {
                JsonNode text = letter.path(language);
                String reference = attributes.path("name").path(language).get(0).asText();
                String caseId = id + "/" + language;
                TriageDecision base = decide(text, reference, "", received);
                List<String> names = new ArrayList<>();
                attributes.path("name").path(language).forEach(n -> names.add(n.asText()));
                for (int i = 0; i < names.size(); i++) {
                    TriageDecision decision = i == 0 ? base : decide(text, names.get(i), "", received);
                    variants.add(variant(caseId, "name", names.get(i), i == 0, decision));
                }
                for (String attribute : List.of("age", "disability", "caring")) {
                    JsonNode values = attributes.path(attribute).path("values");
                    JsonNode sentences = attributes.path(attribute).path(language);
                    for (int i = 0; i < values.size(); i++) {
                        TriageDecision decision = i == 0 ? base : decide(text, reference, sentences.get(i).asText(), received);
                        variants.add(variant(caseId, attribute, values.get(i).asText(), i == 0, decision));
                    }
                }
                variants.add(variant(id, "language", language, language.equals("en"), base));
            }
        }
        return variants;
    }

    private TriageDecision decide(JsonNode text, String name, String about, Instant received) {
        String body = text.path("body").asText().replace("{name}", name)
                .replace("{about}", about).replace("  ", " ").replace(" \n", "\n");
        return classifier.decide(text.path("subject").asText(), body, name, received);
    }

    private static Counterfactual variant(String caseId, String attribute, String value, boolean base, TriageDecision decision) {
        return new Counterfactual(caseId, attribute, value, base, decision.urgency() + "/" + decision.category(),
                decision.urgent());
    }

    private static JsonNode read() {
        try (InputStream in = TriageBiasProbe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
