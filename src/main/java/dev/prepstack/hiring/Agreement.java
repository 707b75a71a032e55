package dev.prepstack.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Inter-rater agreement, pure arithmetic: Krippendorff's alpha (nominal, ordinal, interval; missing
 * values allowed) from the coincidence matrix, and Shrout and Fleiss's (1979) intraclass correlations
 * ICC(1,1), ICC(2,1) and ICC(3,1) from the two-way ANOVA mean squares. Our own code: the formulas
 * are short and checked in tests against the published worked examples; no Maven Central library was
 * evaluated for them yet (see README, "Interviewing").
 */
final class Agreement {

    /** Levels of measurement for alpha: which difference two values make. */
    public enum Metric {
        NOMINAL,
        ORDINAL,
        INTERVAL
    }

    private Agreement() {}

    /**
     * Krippendorff's alpha. {@code ratings[observer][unit]} is a value or null (not rated); units
     * rated by fewer than two observers carry no information and are left out. NaN when there is
     * nothing to compare (fewer than two pairable values, or no variation at all).
     */
    public static double alpha(Double[][] ratings, Metric metric) {
        int units = ratings.length == 0 ? 0 : ratings[0].length;
        List<List<Double>> pairable = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<Double> values = new ArrayList<>();
            for (Double[] observer : ratings) {
                if (observer[u] != null) {
                    values.add(observer[u]);
                }
            }
            if (values.size() >= 2) {
                pairable.add(values);
            }
        }
        TreeSet<Double> distinct = new TreeSet<>();
        pairable.forEach(distinct::addAll);
        List<Double> values = List.copyOf(distinct);
        int v = values.size();
        // The coincidence matrix: each ordered pair of values within a unit, weighted 1/(m_u - 1).
        double[][] o = new double[v][v];
        for (List<Double> unit : pairable) {
            int m = unit.size();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[values.indexOf(unit.get(i))][values.indexOf(unit.get(j))] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d = difference(metric, values, nc, c, k);
                observed += o[c][k] * d;
                expected += nc[c] * nc[k] * d;
            }
        }
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        return 1 - observed / (expected / (n - 1));
    }

    private static double difference(Metric metric, List<Double> values, double[] nc, int c, int k) {
        return switch (metric) {
            case NOMINAL -> c == k ? 0 : 1;
            case INTERVAL -> Math.pow(values.get(c) - values.get(k), 2);
            case ORDINAL -> {
                // The ranks between the two values, each counted by how often it was used.
                double sum = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    sum += nc[g];
                }
                sum -= (nc[c] + nc[k]) / 2;
                yield sum * sum;
            }
        };
    }

    /** Shrout and Fleiss's single-rating intraclass correlations of a complete targets x judges table. */
    public record Icc(double icc11, double icc21, double icc31, int targets, int judges) {}

    /** {@code ratings[target][judge]}, complete (every judge rated every target); at least 2 x 2. */
    public static Icc icc(double[][] ratings) {
        int n = ratings.length;
        int k = n == 0 ? 0 : ratings[0].length;
        if (n < 2 || k < 2) {
            return new Icc(Double.NaN, Double.NaN, Double.NaN, n, k);
        }
        double grand = 0;
        double[] rowMeans = new double[n];
        double[] colMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                grand += ratings[i][j];
                rowMeans[i] += ratings[i][j] / k;
                colMeans[j] += ratings[i][j] / n;
            }
        }
        grand /= n * k;
        double ssTotal = 0;
        double ssRows = 0;
        double ssCols = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * Math.pow(rowMeans[i] - grand, 2);
            for (int j = 0; j < k; j++) {
                ssTotal += Math.pow(ratings[i][j] - grand, 2);
            }
        }
        for (int j = 0; j < k; j++) {
            ssCols += n * Math.pow(colMeans[j] - grand, 2);
        }
        double bms = ssRows / (n - 1);
        double jms = ssCols / (k - 1);
        double ems = (ssTotal - ssRows - ssCols) / ((double) (n - 1) * (k - 1));
        double wms = (ssTotal - ssRows) / ((double) n * (k - 1));
        return new Icc(
                (bms - wms) / (bms + (k - 1) * wms),
                (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
                (bms - ems) / (bms + (k - 1) * ems),
                n,
                k);
    }
}
