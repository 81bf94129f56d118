package guichet.inference;

/** Cosine similarity of embedding vectors: the one every module reads (routing, nearest examples, tests). */
public final class VectorSimilarity {

    private VectorSimilarity() {
    }

    /** The cosine of {@code a} and {@code b}; 0 when either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
