package dev.prepstack.practice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pre-training as fsrs-rs does it: for each first rating, the stability whose forgetting curve
 * (default decay) best fits the recall at the first review on a later day, with Laplace smoothing
 * towards the average recall and a pull towards the default; then ratings put in order and those
 * without data filled in from the others.
 */
final class InitialStabilities {

    private static final double[] DEFAULTS = {
        Fsrs.DEFAULT_PARAMETERS[0], Fsrs.DEFAULT_PARAMETERS[1], Fsrs.DEFAULT_PARAMETERS[2], Fsrs.DEFAULT_PARAMETERS[3]
    };

    /** The four stabilities and how many first reviews each first rating had. */
    record Fit(double[] stabilities, Map<Integer, Integer> countByRating) {}

    private record Recall(int days, double recall, int count) {}

    private InitialStabilities() {}

    /**
     * Fits from items with exactly one review on a later day; empty when none of the four ratings
     * has data (fsrs-rs's "not enough data").
     */
    static Optional<Fit> fit(List<FsrsItem> firstLongTermItems, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (FsrsItem item : firstLongTermItems) {
            if (item.longTermReviews() != 1) {
                continue;
            }
            int[] passAndCount = groups.computeIfAbsent(item.grades()[0], k -> new TreeMap<>())
                    .computeIfAbsent(item.firstLongTermDays(), k -> new int[2]);
            int firstLongTermIndex = firstLongTermIndex(item);
            passAndCount[0] += item.grades()[firstLongTermIndex] > 1 ? 1 : 0;
            passAndCount[1]++;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        groups.forEach((rating, byDays) -> {
            List<Recall> data = byDays.entrySet().stream()
                    .map(e -> new Recall(e.getKey(), (double) e.getValue()[0] / e.getValue()[1], e.getValue()[1]))
                    .toList();
            counts.put(rating, data.stream().mapToInt(Recall::count).sum());
            stability.put(rating, search(data, averageRecall, DEFAULTS[rating - 1]));
        });
        return smoothAndFill(stability, counts).map(s -> new Fit(s, counts));
    }

    private static int firstLongTermIndex(FsrsItem item) {
        int[] days = item.days();
        for (int i = 0; i < days.length; i++) {
            if (days[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("item without a review on a later day");
    }

    /** Ternary search over [S_MIN, 100] of the smoothed, count-weighted log loss plus an L1 pull. */
    private static double search(List<Recall> data, double averageRecall, double defaultStability) {
        double low = FsrsFormulas.S_MIN;
        double high = FsrsBounds.INITIAL_STABILITY_MAX;
        double optimal = defaultStability;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(data, averageRecall, mid1, defaultStability) < loss(data, averageRecall, mid2, defaultStability)) {
                high = mid2;
            } else {
                low = mid1;
            }
            optimal = (high + low) / 2;
        }
        return optimal;
    }

    private static double loss(List<Recall> data, double averageRecall, double s, double defaultStability) {
        double decay = -Fsrs.DEFAULT_PARAMETERS[20];
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double logLoss = 0;
        for (Recall r : data) {
            double smoothed = (r.recall() * r.count() + averageRecall) / (r.count() + 1);
            double predicted = Math.pow(r.days() / s * factor + 1, decay);
            logLoss += -(smoothed * Math.log(predicted) + (1 - smoothed) * Math.log(1 - predicted)) * r.count();
        }
        return logLoss + Math.abs(s - defaultStability) / 16;
    }

    /**
     * Orders the stabilities by rating (the rating with more data wins a conflict) and fills the
     * missing ones from fsrs-rs's empirical ratios between ratings; only ratings present in
     * {@code counts} are kept.
     */
    static Optional<double[]> smoothAndFill(Map<Integer, Double> byRating, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(byRating);
        s.keySet().retainAll(counts.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            Double small = s.get(pair[0]);
            Double big = s.get(pair[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(pair[0]) > counts.get(pair[1])) {
                    s.put(pair[1], small);
                } else {
                    s.put(pair[0], big);
                }
            }
        }
        double w1 = 0.41;
        double w2 = 0.54;
        Double r1 = s.get(1);
        Double r2 = s.get(2);
        Double r3 = s.get(3);
        Double r4 = s.get(4);
        double[] result;
        switch (s.size()) {
            case 0 -> {
                return Optional.empty();
            }
            case 1 -> {
                int rating = s.keySet().iterator().next();
                double factor = s.get(rating) / DEFAULTS[rating - 1];
                result = new double[4];
                for (int i = 0; i < 4; i++) {
                    result[i] = DEFAULTS[i] * factor;
                }
                Arrays.sort(result);
            }
            case 2 -> {
                if (r1 == null && r2 == null) {
                    r2 = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
                    r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (r1 == null && r3 == null) {
                    r3 = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
                    r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (r1 == null && r4 == null) {
                    r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                    r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (r2 == null && r3 == null) {
                    double k = w1 / (w1 + w2 - w1 * w2);
                    double m = w2 / (w1 + w2 - w1 * w2);
                    r2 = Math.pow(r1, k) * Math.pow(r4, 1 - k);
                    r3 = Math.pow(r1, 1 - m) * Math.pow(r4, m);
                } else if (r2 == null && r4 == null) {
                    r2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
                    r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                } else {
                    r3 = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
                    r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                }
                result = new double[] {r1, r2, r3, r4};
            }
            case 3 -> {
                if (r1 == null) {
                    r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (r2 == null) {
                    r2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
                } else if (r3 == null) {
                    r3 = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
                } else {
                    r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                }
                result = new double[] {r1, r2, r3, r4};
            }
            default -> result = new double[] {r1, r2, r3, r4};
        }
        for (int i = 0; i < 4; i++) {
            result[i] = Math.min(Math.max(result[i], FsrsFormulas.S_MIN), FsrsBounds.INITIAL_STABILITY_MAX);
        }
        return Optional.of(result);
    }
}
