package guichet.app.desk.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.store.CorrectedCase;
import guichet.app.desk.analysis.urgency.UrgencyReading;
import guichet.app.desk.analysis.urgency.UrgencySignal;
import guichet.app.desk.store.TriageModelStore;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import guichet.inference.ExampleVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides urgency and category. Urgency: urgent when any urgency rule matches, or when the classifier
 * gives urgent a probability above a low threshold — so it errs on the side of urgent. Category: the
 * classifier's choice (embeddings + taxonomy cues). Every decision says why and which classifier
 * version made it. The active classifier is the one stored last by {@code guichet triage train}; on
 * a fresh desk, or when the built-in examples changed since the stored built-in one, it is trained
 * from the built-in examples at start-up ({@link TriageWarmUp}), else on first use.
 *
 * <p>Longer than most classes: the decision and the classifier's life (load, train, check the stored
 * one still fits the rules and examples) share the active model and its lock.
 */
@Component
public class Triage {

    static final String EXAMPLES = "desk/examples.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(Triage.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final BooleanSupplier NEVER = () -> false;

    private final Supplier<EmbeddingModel> embeddings;
    private final Taxonomy taxonomy;
    private final DeskSignals signals;
    private final TriageModelStore store;
    private final OverridableResources resources;
    private final DeskProperties.Triage settings;
    private volatile Trained loaded;

    /** A classifier with its examples by their embeddings (computed when first needed). */
    public static final class Trained {
        final TriageModel model;
        volatile NearestExamples nearest;

        Trained(TriageModel model, NearestExamples nearest) {
            this.model = model;
            this.nearest = nearest;
        }

        public TriageModel model() {
            return model;
        }
    }

    @Autowired
    Triage(InferenceRuntime runtime, Taxonomy taxonomy, DeskSignals signals, TriageModelStore store,
           OverridableResources resources, DeskProperties properties) {
        this(runtime::embeddings, taxonomy, signals, store, resources, properties.triage());
    }

    public Triage(Supplier<EmbeddingModel> embeddings, Taxonomy taxonomy, DeskSignals signals, TriageModelStore store,
                  OverridableResources resources, DeskProperties.Triage settings) {
        this.embeddings = embeddings;
        this.taxonomy = taxonomy;
        this.signals = signals;
        this.store = store;
        this.resources = resources;
        this.settings = settings;
    }

    /**
     * Classifies a (masked) message.
     *
     * @param receivedAt when it came in: relative dates ("tomorrow", "Friday") are read against that day in
     *                   the office's zone; null: today
     */
    public TriageDecision decide(String text, String language, Instant receivedAt) {
        return decide(model(), text, language, receivedAt);
    }

    /** Classifies a (masked) message with the given classifier rather than the active one. */
    public TriageDecision decide(Trained current, String text, String language, Instant receivedAt) {
        TriageModel model = current.model;
        LocalDate received = receivedAt == null ? LocalDate.now(settings.zoneId())
                : receivedAt.atZone(settings.zoneId()).toLocalDate();
        TriageFeatures.Input input = features().of(text, language, received);
        UrgencyReading reading = input.urgency();
        double pUrgent = model.urgentProbability(input.features());
        // The classifier backs up wording the rules miss, not wording they read and set aside (a hearing
        // a fortnight away, a scam quoted as a warning, a crisis that is over): its score rests on the same words.
        boolean setAside = !reading.urgent() && !reading.discounted().isEmpty();
        boolean urgent = reading.urgent() || (pUrgent >= settings.urgentThreshold() && !setAside);
        String probability = String.format(Locale.ROOT, "classifier p(urgent) = %.2f", pUrgent)
                + String.format(Locale.ROOT, pUrgent >= settings.urgentThreshold() ? " ≥ %.2f" : " < %.2f",
                settings.urgentThreshold())
                + (setAside && pUrgent >= settings.urgentThreshold() ? ", not counted beside the signals set aside" : "");
        StringBuilder urgencyReason = new StringBuilder();
        if (reading.urgent()) {
            urgencyReason.append("signals: ").append(reading.counted().stream().map(UrgencySignal::describe)
                    .collect(Collectors.joining("; "))).append("; ");
        } else {
            urgencyReason.append("no urgency signal; ");
        }
        if (!reading.discounted().isEmpty()) {
            urgencyReason.append("not counted: ").append(reading.discounted().stream().map(UrgencySignal::describe)
                    .collect(Collectors.joining("; "))).append("; ");
        }
        urgencyReason.append(probability);
        double[] learnt = model.categoryProbabilities(input.features());
        double[] vote = nearest(current).vote(input.embedding(), settings.neighboursVoting(), settings.neighbourSharpness());
        double[] probabilities = new double[learnt.length];
        for (int c = 0; c < learnt.length; c++) {
            probabilities[c] = (1 - settings.neighbourWeight()) * learnt[c] + settings.neighbourWeight() * vote[c];
        }
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        java.util.Set<String> counted = reading.counted().stream()
                .map(signal -> signal.rule().substring(signal.rule().indexOf('/') + 1)).collect(Collectors.toSet());
        String classified = model.categories().get(order[0]);
        String category = taxonomy.categories().stream()
                .filter(c -> c.primarySignals().stream().anyMatch(counted::contains)).map(Taxonomy.Category::id)
                .findFirst().orElse(classified);
        String secondary = secondary(category, counted, category.equals(classified) ? model.categories().get(order[1])
                : classified, category.equals(classified) ? probabilities[order[1]] : 1.0);
        String categoryReason = (category.equals(classified) ? "" : "signal " + String.join(", ", counted) + " makes it "
                + category + "; classified ") + String.format(Locale.ROOT,
                "%s %.2f (classifier %.2f, nearest examples %.2f; next: %s %.2f)", classified, probabilities[order[0]],
                learnt[order[0]], vote[order[0]], model.categories().get(order[1]), probabilities[order[1]])
                + nearest(current).describe(input.embedding(), category, settings.neighbours());
        return new TriageDecision(urgent ? "urgent" : "general", urgencyReason.toString(), category, secondary,
                categoryReason, model.version(), pUrgent, reading.counted());
    }

    /**
     * The secondary category: one whose signals count in the message (a payment problem that leaves a family
     * without food is also hardship), else the runner-up when likely enough; null when neither.
     */
    private String secondary(String primary, java.util.Set<String> counted, String runnerUp, double runnerUpProbability) {
        for (Taxonomy.Category candidate : taxonomy.categories()) {
            if (!candidate.id().equals(primary) && candidate.signals().stream().anyMatch(counted::contains)) {
                return candidate.id();
            }
        }
        return runnerUpProbability >= settings.secondaryThreshold() && !runnerUp.equals(primary) ? runnerUp : null;
    }

    /** The active classifier's version (training the built-in one first if there is none). */
    public String version() {
        return model().model.version();
    }

    /** The active classifier's version without waiting for a training under way: the stored one's then. */
    public Optional<String> versionNow() {
        Trained current = loaded;
        return current != null ? Optional.of(current.model.version()) : store.activeVersion();
    }

    /**
     * Loads the active classifier (training the built-in one if needed) and embeds its examples, so that
     * the first message does not wait for either.
     *
     * @throws CancellationException when {@code stop} says so between two examples
     */
    public void warmUp(BooleanSupplier stop) {
        nearest(model(stop), stop);
    }

    /** The active classifier. */
    public TriageModel activeModel() {
        return model().model;
    }

    /**
     * Trains a classifier on the built-in examples and officers' labelled cases, and makes it the active
     * one at once ({@link TriageRetraining} checks a candidate on held-out cases first).
     */
    public synchronized TriageModel train(List<CorrectedCase> corrections) {
        Trained trained = candidate(corrections);
        activate(trained);
        return trained.model;
    }

    /** A classifier trained on the built-in examples and these labelled cases (the officer's values win), not active. */
    public Trained candidate(List<CorrectedCase> corrections) {
        List<TrainingExample> examples = new ArrayList<>(builtInExamples());
        // In a fixed order, so that the same corrections always give the same model and version.
        List<CorrectedCase> ordered = corrections.stream()
                .sorted(Comparator.comparing(CorrectedCase::text).thenComparing(CorrectedCase::caseId)).toList();
        for (CorrectedCase corrected : ordered) {
            if (taxonomy.contains(corrected.category())) {
                examples.add(new TrainingExample(corrected.text(), corrected.language() == null ? "en" : corrected.language(),
                        corrected.urgency(), corrected.category(), "correction:" + corrected.caseId(),
                        corrected.receivedAt() == null ? null : corrected.receivedAt().atZone(settings.zoneId()).toLocalDate()));
            }
        }
        return trainOn(examples, NEVER);
    }

    /** The active classifier, with its examples. */
    public Trained active() {
        return model();
    }

    /** Stores a classifier that was trained but not made active, for the record. */
    public void keep(Trained candidate) {
        try {
            store.keep(candidate.model.version(), candidate.model.embedder(), candidate.model.examples().size(),
                    candidate.model.corrections(), JSON.writeValueAsString(candidate.model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in labelled examples. */
    public List<TrainingExample> builtInExamples() {
        List<TrainingExample> examples = new ArrayList<>();
        String[] lines = resources.text(EXAMPLES).split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                TrainingExample example = new TrainingExample(node.path("text").asText(""), node.path("language").asText("en"),
                        node.path("urgency").asText(""), node.path("category").asText(""), "example:" + number,
                        node.hasNonNull("received") ? LocalDate.parse(node.path("received").asText()) : null);
                if (example.text().isBlank() || !taxonomy.contains(example.category())
                        || !List.of("urgent", "general").contains(example.urgency())) {
                    throw new IllegalStateException(EXAMPLES + ":" + number + ": empty text, unknown category or urgency");
                }
                examples.add(example);
            } catch (IOException e) {
                throw new UncheckedIOException(EXAMPLES + ":" + number + ": not JSON", e);
            }
        }
        return examples;
    }

    private Trained trainOn(List<TrainingExample> examples, BooleanSupplier stop) {
        TriageFeatures features = features();
        List<double[]> rows = new ArrayList<>();
        float[][] embedded = new float[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            stopIf(stop);
            TriageFeatures.Input input = features.ofExample(examples.get(i));
            rows.add(input.features());
            embedded[i] = input.embedding();
        }
        TriageModel model = new TriageTrainer(settings.epochs(), settings.l2())
                .train(examples, rows, taxonomy.ids(), features.embedderId(), features.signature());
        return new Trained(model, new NearestExamples(examples, embedded, taxonomy.ids()));
    }

    /** Makes a classifier the active one: cases analysed from now on record its version. */
    public synchronized void activate(Trained trained) {
        try {
            store.activate(trained.model.version(), trained.model.embedder(), trained.model.examples().size(),
                    trained.model.corrections(), JSON.writeValueAsString(trained.model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = trained;
    }

    private Trained model() {
        return model(NEVER);
    }

    private Trained model(BooleanSupplier stop) {
        Trained current = loaded;
        Optional<String> active = store.activeVersion();
        if (current != null && active.isPresent() && active.get().equals(current.model.version())) {
            return current;
        }
        synchronized (this) {
            current = loaded;
            if (current != null && active.isPresent() && active.get().equals(current.model.version())) {
                return current;
            }
            Optional<TriageModelStore.StoredModel> stored = store.active();
            TriageFeatures features = features();
            String embedder = features.embedderId();
            if (stored.isPresent() && stored.get().embedder().equals(embedder)) {
                try {
                    TriageModel model = JSON.readValue(stored.get().model(), TriageModel.class);
                    if (!features.signature().equals(model.features())) {
                        LOG.warn("triage classifier {} read other rules or cues than these: training the built-in one",
                                stored.get().version());
                    } else if (model.corrections() == 0 && !model.examples().equals(builtInExamples())) {
                        // An upgrade brought new built-in examples; one with officers' labels waits for `triage train`.
                        LOG.info("the built-in triage examples changed since classifier {}: training it again",
                                stored.get().version());
                    } else {
                        loaded = new Trained(model, null);
                        return loaded;
                    }
                } catch (IOException e) {
                    LOG.warn("stored triage classifier {} is unreadable; training the built-in one", stored.get().version());
                }
            } else if (stored.isPresent()) {
                LOG.warn("triage classifier {} was trained with {}, not {}: training the built-in one",
                        stored.get().version(), stored.get().embedder(), embedder);
            }
            long start = System.nanoTime();
            Trained trained = trainOn(builtInExamples(), stop);
            activate(trained);
            LOG.info("triage classifier {} trained on {} built-in examples in {} ms", trained.model.version(),
                    trained.model.examples().size(), (System.nanoTime() - start) / 1_000_000);
            return trained;
        }
    }

    /** The active model's examples by their embeddings, computed once when a stored model was loaded. */
    private NearestExamples nearest(Trained current) {
        return nearest(current, NEVER);
    }

    private NearestExamples nearest(Trained current, BooleanSupplier stop) {
        NearestExamples nearest = current.nearest;
        if (nearest == null) {
            List<TrainingExample> examples = current.model.examples();
            EmbeddingModel model = embeddings.get();
            float[][] vectors = new float[examples.size()][];
            for (int i = 0; i < vectors.length; i++) {
                stopIf(stop);
                vectors[i] = examples.get(i).isShipped() ? ExampleVectors.embedQuery(model, examples.get(i).text())
                        : model.embedQuery(examples.get(i).text());
            }
            nearest = new NearestExamples(examples, vectors, current.model.categories());
            current.nearest = nearest;
        }
        return nearest;
    }

    private static void stopIf(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("triage classifier not ready: stopping");
        }
    }

    private TriageFeatures features() {
        return new TriageFeatures(embeddings.get(), taxonomy, signals);
    }
}
