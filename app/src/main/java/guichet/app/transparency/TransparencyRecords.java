package guichet.app.transparency;

import guichet.app.system.qualification.QualificationReports;
import guichet.app.system.qualification.ServedChatModel;
import guichet.app.system.energy.EnergyMeter;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.engine.InferenceProperties;
import guichet.app.system.engine.ModelResolver;
import guichet.app.system.engine.ModelsProperties;
import guichet.app.system.evaluations.EvaluationRecords;
import guichet.knowledge.CollectionSummary;
import guichet.models.ModelEntry;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Generates the transparency record from the live configuration, the index and the last evaluation runs. */
@Service
public class TransparencyRecords {

    /** Where people decide: true of every Guichet, whatever its settings, because the code allows nothing else. */
    private static final List<String> HUMAN_DECISIONS = List.of(
            "Correspondence desk: the AI summarises, classifies and drafts; a reply leaves only after an officer "
                    + "approves it (who and when are recorded in the audit trail). Nothing is sent automatically.",
            "Triage: an officer can change any label the AI set; a retrained classifier replaces the running one only "
                    + "if it does at least as well on held-out corrections.",
            "Employment journey: the assistant proposes facts it read and steps to take; the citizen confirms or "
                    + "corrects them, and decides what it remembers.",
            "Advisers see a citizen's record only while the citizen shares it; every view is recorded.",
            "Eligibility: outcomes come from published rules with their sources, not from the model; they are "
                    + "indications, and the decision stays with the administration.");

    private final TransparencyProperties properties;
    private final ModelsProperties models;
    private final InferenceProperties inference;
    private final ModelResolver resolver;
    private final KnowledgeRuntime knowledge;
    private final EvaluationRecords evaluations;
    private final Environment environment;
    private final ServedChatModel served;
    private final QualificationReports qualifications;
    private final EnergyMeter energy;
    private final Clock clock;

    TransparencyRecords(TransparencyProperties properties, ModelsProperties models, InferenceProperties inference,
                        ModelResolver resolver, KnowledgeRuntime knowledge, EvaluationRecords evaluations,
                        Environment environment, ServedChatModel served, QualificationReports qualifications,
                        EnergyMeter energy, Clock clock) {
        this.properties = properties;
        this.models = models;
        this.inference = inference;
        this.resolver = resolver;
        this.knowledge = knowledge;
        this.evaluations = evaluations;
        this.environment = environment;
        this.served = served;
        this.qualifications = qualifications;
        this.energy = energy;
        this.clock = clock;
    }

    /** The record as of now. */
    public TransparencyRecord current() {
        String version = TransparencyRecords.class.getPackage().getImplementationVersion();
        return new TransparencyRecord(clock.instant(), "Guichet", version == null ? "development build" : version,
                properties.organisation(), properties.contact(), properties.phase(),
                properties.purpose().isBlank() ? "Answers citizens' questions from official guidance with links to the "
                        + "exact section, guides them through employment procedures, and helps civil servants summarise, "
                        + "classify and draft replies to their correspondence." : properties.purpose(),
                "Every page and every answer from the API says that an AI assistant wrote it and that its answers can be "
                        + "wrong; each answer links to the official guidance it stands on.",
                List.of(chatModel(), embeddingModel()), qualification(), sources(), HUMAN_DECISIONS, evaluations.latest(),
                energy(),
                properties.limits(),
                properties.complaints().isBlank() ? "Write to " + properties.contact() + "." : properties.complaints(),
                dataProtection());
    }

    private TransparencyRecord.Model chatModel() {
        String runsOn = inference.backend() == InferenceProperties.Backend.REMOTE
                ? "a self-hosted OpenAI-compatible pool (" + inference.remote().url() + ", model " + inference.remote().model() + ")"
                : "inside the Guichet process (llama.cpp)" + (inference.gpuLayers() > 0 ? ", " + inference.gpuLayers() + " layers on a GPU" : "");
        if (models.chatFile() != null) {
            return new TransparencyRecord.Model("chat", models.chatFile().getFileName().toString(),
                    models.chatFile().getFileName().toString(), "not catalogued", "unknown", "", 0, runsOn);
        }
        return model("chat", models.chat(), runsOn);
    }

    private TransparencyRecord.Energy energy() {
        EnergyMeter.Totals totals = energy.totals();
        return new TransparencyRecord.Energy(totals.method(), totals.answers(), totals.meanWattHours());
    }

    private TransparencyRecord.Qualification qualification() {
        // a report comes with a verdict only once its signature holds
        QualificationReports.Verdict verdict = qualifications.check(served.identity());
        return verdict.report()
                .map(report -> new TransparencyRecord.Qualification(
                        verdict.qualified() ? report.stage() : report.passed() ? "none" : "scan",
                        verdict.reason(), report.qualifiedAt(), report.signer(), report.criteria()))
                .orElseGet(() -> new TransparencyRecord.Qualification("none", verdict.reason(), "", "", List.of()));
    }

    private TransparencyRecord.Model embeddingModel() {
        return model("embedding", models.embedding(), "inside the Guichet process (ONNX Runtime)");
    }

    private TransparencyRecord.Model model(String role, String id, String runsOn) {
        Optional<ModelEntry> entry = resolver.catalogue().find(id);
        if (entry.isEmpty()) {
            return new TransparencyRecord.Model(role, id, id, "not catalogued", "unknown", "", 0, runsOn);
        }
        ModelEntry model = entry.get();
        Object parameters = model.settings().get("parameters");
        return new TransparencyRecord.Model(role, model.id(), model.name(), model.publisher(), model.licence(),
                model.files().getFirst().sha256(), parameters instanceof Number n ? n.longValue() : 0, runsOn);
    }

    private List<TransparencyRecord.Source> sources() {
        Map<String, Long> documents = new LinkedHashMap<>();
        if (knowledge.state() == KnowledgeRuntime.State.READY) {
            for (CollectionSummary collection : knowledge.index().collections()) {
                documents.put(collection.name(), collection.documents());
            }
        }
        List<String> names = new ArrayList<>(properties.sources().keySet().stream().sorted().toList());
        documents.keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(names::add);
        boolean counted = knowledge.state() == KnowledgeRuntime.State.READY;
        return names.stream()
                .filter(name -> !counted || documents.containsKey(name))
                .map(name -> new TransparencyRecord.Source(name, properties.sources().getOrDefault(name, "not stated"),
                        counted ? documents.get(name) : -1))
                .toList();
    }

    private List<String> dataProtection() {
        Duration conversations = environment.getProperty("guichet.ask.retention", Duration.class, Duration.ofDays(365));
        Duration audit = environment.getProperty("guichet.audit.retention", Duration.class, Duration.ofDays(183));
        return List.of(
                "Everything runs on the operator's own hardware; no citizen data leaves it, and there is no telemetry.",
                "Questions are stored with personal details (phone, e-mail, card and national insurance numbers) "
                        + "replaced; conversations nobody touches for " + conversations.toDays() + " days are deleted.",
                "A citizen can see, correct and delete what the assistant remembers, and erase their whole record.",
                "The audit trail keeps what the tool did for " + audit.toDays() + " days, naming citizens only by a "
                        + "pseudonym and never holding a question or an answer.");
    }
}
