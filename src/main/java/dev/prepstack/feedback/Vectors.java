package dev.prepstack.feedback;

import java.util.List;

/** Unit-vector arithmetic for the evaluator's sentence embeddings. */
final class Vectors {

    private Vectors() {}

    static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The normalised mean: the model itself mean-pools, so a pair's or a whole answer's vector is this. */
    static float[] mean(List<float[]> vectors) {
        float[] m = new float[vectors.get(0).length];
        for (float[] x : vectors) {
            for (int d = 0; d < m.length; d++) {
                m[d] += x[d];
            }
        }
        double norm = 0;
        for (float f : m) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < m.length; d++) {
            m[d] = norm == 0 ? 0 : (float) (m[d] / norm);
        }
        return m;
    }
}
