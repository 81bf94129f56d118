package guichet.app.desk.analysis;

import guichet.inference.EmbeddingModel;

/**
 * The classifier's inputs for one message: its sentence embedding (multilingual-e5, subject and
 * body), the strength of each category's cues, and whether an urgency rule matched. Embedding and
 * cues see the same masked text in training and in use.
 */
public final class TriageFeatures {

    private final EmbeddingModel embedder;
    private final Taxonomy taxonomy;
    private final SignalRules urgency;

    public TriageFeatures(EmbeddingModel embedder, Taxonomy taxonomy, SignalRules urgency) {
        this.embedder = embedder;
        this.taxonomy = taxonomy;
        this.urgency = urgency;
    }

    /** The raw (not yet standardised) features and the embedding they start with. */
    public record Input(double[] features, float[] embedding) {
    }

    public Input of(String text, String language) {
        float[] embedding = embedder.embedQuery(text);
        double[] cues = taxonomy.cueStrengths(text);
        double[] features = new double[embedding.length + cues.length + 1];
        for (int i = 0; i < embedding.length; i++) {
            features[i] = embedding[i];
        }
        System.arraycopy(cues, 0, features, embedding.length, cues.length);
        features[features.length - 1] = urgency.find(text, language).isEmpty() ? 0 : 1;
        return new Input(features, embedding);
    }

    public String embedderId() {
        return embedder.info().id() + "@" + embedder.info().sha256().substring(0, Math.min(12, embedder.info().sha256().length()));
    }
}
