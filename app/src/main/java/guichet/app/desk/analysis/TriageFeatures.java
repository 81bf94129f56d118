package guichet.app.desk.analysis;

import guichet.app.desk.analysis.urgency.UrgencyReading;
import guichet.inference.EmbeddingModel;
import guichet.inference.ExampleVectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The classifier's inputs for one message: the sentence embedding (multilingual-e5) of subject and body
 * in the writer's own words (lines of a forwarded message and sentences quoting a scam left out), the embedding of its subject (the first line, when it is a short one: what a writer says the
 * message is about weighs more than its place in a long text), the strength of each category's cues, whether an urgency rule counts, and whether urgency
 * rules matched only words that do not count (quoted, past, hypothetical...). Embedding, cues and
 * rules see the same masked text in training and in use.
 */
public final class TriageFeatures {

    /** The day relative dates of an example without a date are read against (a Wednesday). */
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 7);

    private static final int SUBJECT_LENGTH = 150;

    private final EmbeddingModel embedder;
    private final Taxonomy taxonomy;
    private final DeskSignals signals;

    public TriageFeatures(EmbeddingModel embedder, Taxonomy taxonomy, DeskSignals signals) {
        this.embedder = embedder;
        this.taxonomy = taxonomy;
        this.signals = signals;
    }

    /** The raw (not yet standardised) features, the embedding they start with, and the urgency rules' reading. */
    public record Input(double[] features, float[] embedding, UrgencyReading urgency) {
    }

    public Input of(String text, String language, LocalDate received) {
        return of(text, language, received, embedder::embedQuery);
    }

    /** The inputs of a built-in example: its vectors are shared with every other use of the examples. */
    public Input ofExample(TrainingExample example) {
        return example.isShipped()
                ? of(example.text(), example.language(), example.received(), t -> ExampleVectors.embedQuery(embedder, t))
                : of(example.text(), example.language(), example.received());
    }

    private Input of(String text, String language, LocalDate received, Function<String, float[]> embed) {
        // The writer's own words: what a forwarded scam says is not the writer's emergency.
        String own = signals.urgencyRules().ownWords(text, language);
        float[] embedding = embed.apply(own);
        String subject = subject(text);
        float[] subjectEmbedding = subject.isEmpty() ? new float[embedding.length] : embed.apply(subject);
        double[] cues = taxonomy.cueStrengths(text);
        UrgencyReading urgency = signals.urgency(text, language, received == null ? REFERENCE_DAY : received);
        double[] features = new double[2 * embedding.length + cues.length + 2];
        for (int i = 0; i < embedding.length; i++) {
            features[i] = embedding[i];
            features[embedding.length + i] = subjectEmbedding[i];
        }
        System.arraycopy(cues, 0, features, 2 * embedding.length, cues.length);
        features[features.length - 2] = urgency.urgent() ? 1 : 0;
        features[features.length - 1] = !urgency.urgent() && !urgency.discounted().isEmpty() ? 1 : 0;
        return new Input(features, embedding, urgency);
    }

    /** The first line when the text has more than one and it is short (a subject, a title); else empty. */
    static String subject(String text) {
        int end = text.indexOf('\n');
        if (end <= 0 || end > SUBJECT_LENGTH) {
            return "";
        }
        return text.substring(0, end).strip();
    }

    public String embedderId() {
        return embedder.info().id() + "@" + embedder.info().sha256().substring(0, Math.min(12, embedder.info().sha256().length()));
    }

    /**
     * What the features are made of besides the embedder: the category cues and the urgency rules. A
     * model trained on other rules or cues reads its inputs differently, so this goes into its version.
     */
    public String signature() {
        StringBuilder text = new StringBuilder("features-4|");
        taxonomy.categories().forEach(c -> text.append(c.id()).append(c.cues()).append('|'));
        text.append(signals.urgencyRules().signature());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
