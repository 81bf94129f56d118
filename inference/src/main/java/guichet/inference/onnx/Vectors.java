package guichet.inference.onnx;

import java.util.ArrayList;
import java.util.List;

/** Pooling and normalisation of model outputs: pure functions over arrays. */
final class Vectors {

    private Vectors() {
    }

    /** One vector per input from a [batch][dim] or [batch][tokens][dim] output. */
    static List<float[]> pool(Object output, TokenBatch batch, Pooling pooling, boolean normalize) {
        List<float[]> vectors = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            float[] vector = switch (pooling) {
                case NONE -> ((float[][]) output)[i].clone();
                case CLS -> ((float[][][]) output)[i][0].clone();
                case MEAN -> mean(((float[][][]) output)[i], batch.attentionMask()[i]);
            };
            vectors.add(normalize ? normalized(vector) : vector);
        }
        return vectors;
    }

    static float[] mean(float[][] tokens, long[] mask) {
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            count++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(count, 1);
        }
        return sum;
    }

    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector;
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= (float) norm;
        }
        return vector;
    }
}
