package dev.prepstack.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Fits the 21 FSRS-6 parameters to one person's review history: a port of fsrs-rs 6.5.0's
 * optimiser (the version in {@code @open-spaced-repetition/binding} 0.5.0). Steps, as fsrs-rs:
 *
 * <ol>
 *   <li>histories become items, one per review on a later day than the card's previous review,
 *       ordered by time; first reviews whose interval groups are rare or too long are filtered out
 *       as outliers;
 *   <li>pre-training fits the four initial stabilities to the recall at each card's first
 *       review on a later day;
 *   <li>Adam (5 epochs, batches of 512, learning rate 0.04 with cosine annealing, L2 pull
 *       towards the starting point scaled by fsrs-rs's parameter spreads) minimises the log loss
 *       of each review's recall, weighted from 0.25 (oldest) to 1 (newest), clipping parameters to
 *       fsrs-rs's bounds after each step; the epoch with the lowest loss wins;
 *   <li>the initial stabilities are put back in order and filled in where a rating had no data.
 * </ol>
 *
 * <p>Same-day reviews take part through the short-term parameters w17-w19. Plain Java, no Spring;
 * deterministic for a given input. An interrupted thread stops the fit with a {@link
 * CancellationException}.
 */
public final class FsrsOptimizer {

    /** fsrs-rs's minimum for fitting all parameters: fewer reviews fit only the initial stabilities. */
    public static final int MINIMUM_REVIEWS = 64;
    /** Below this many reviews fsrs-rs fits nothing and keeps the defaults. */
    static final int MINIMUM_FOR_INITIAL_STABILITIES = 8;

    private static final double[] PARAMETER_SPREAD = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27
    };

    /** fsrs-rs's training defaults. */
    record Training(int epochs, int batchSize, double learningRate, double gamma, long seed, int maxReviewsPerItem) {
        static final Training DEFAULT = new Training(5, 512, 4e-2, 1.0, 2023, 256);
    }

    private final int relearningSteps;
    private final Training training;

    /** An optimiser for the default schedule (one relearning step). */
    public FsrsOptimizer() {
        this(Fsrs.DEFAULT_RELEARNING_STEPS.size());
    }

    /**
     * @param relearningSteps how many same-day relearning steps the user's schedule has; bounds
     *     w17 and w18 so that they cannot lift stability after a lapse
     */
    public FsrsOptimizer(int relearningSteps) {
        this(relearningSteps, Training.DEFAULT);
    }

    FsrsOptimizer(int relearningSteps, Training training) {
        if (relearningSteps < 0) {
            throw new IllegalArgumentException("relearning steps must not be negative");
        }
        this.relearningSteps = relearningSteps;
        this.training = training;
    }

    /** Fits parameters to the histories, or says there are too few reviews to do so. */
    public OptimisationResult optimise(List<ReviewHistory> histories) {
        List<FsrsItem> items = FsrsItem.of(histories);
        Split split = split(items);
        List<FsrsItem> train = split.train();
        if (train.size() < MINIMUM_FOR_INITIAL_STABILITIES) {
            return result(OptimisationResult.Outcome.NOT_ENOUGH_REVIEWS, defaults(), items, train.size());
        }
        double averageRecall = train.stream().filter(FsrsItem::recalled).count() / (double) train.size();
        Optional<InitialStabilities.Fit> fit = InitialStabilities.fit(split.initial(), averageRecall);
        if (fit.isEmpty()) {
            return result(OptimisationResult.Outcome.NOT_ENOUGH_REVIEWS, defaults(), items, train.size());
        }
        double[] start = defaults();
        System.arraycopy(fit.get().stabilities(), 0, start, 0, 4);
        if (train.size() == split.initial().size() || train.size() < MINIMUM_REVIEWS) {
            return result(OptimisationResult.Outcome.INITIAL_STABILITIES_ONLY, start, items, train.size());
        }

        List<Weighted> weighted = recencyWeighted(train).stream()
                .filter(x -> x.item().length() <= training.maxReviewsPerItem())
                .toList();
        double[] trained = train(weighted, start);
        for (double p : trained) {
            if (!Double.isFinite(p)) {
                throw new IllegalStateException("training diverged");
            }
        }
        Map<Integer, Double> stabilities = new TreeMap<>();
        for (int i = 0; i < 4; i++) {
            stabilities.put(i + 1, trained[i]);
        }
        double[] ordered = InitialStabilities.smoothAndFill(
                        stabilities, fit.get().countByRating())
                .orElseThrow();
        System.arraycopy(ordered, 0, trained, 0, 4);
        return result(OptimisationResult.Outcome.OPTIMISED, trained, items, weighted.size());
    }

    /**
     * How well {@code parameters} predict the histories, as Anki and fsrs-rs's Node binding
     * evaluate: the outlier filter first, then fsrs-rs's evaluation (parameters clipped to the
     * bounds, recency-weighted log loss and RMSE over bins).
     */
    public ModelEvaluation evaluate(double[] parameters, List<ReviewHistory> histories) {
        return evaluateItems(parameters, evaluationItems(FsrsItem.of(histories)));
    }

    /** Evaluates the current and a candidate parameter set on the same histories. */
    public ParameterComparison compare(double[] current, double[] candidate, List<ReviewHistory> histories) {
        List<FsrsItem> items = evaluationItems(FsrsItem.of(histories));
        return new ParameterComparison(evaluateItems(current, items), evaluateItems(candidate, items));
    }

    /**
     * The items Anki and the binding evaluate, in their order (which sets the recency weights): the
     * first reviews on a later day that survive the outlier filter, grouped as the filter leaves
     * them, then the later reviews of cards whose first interval survived.
     */
    static List<FsrsItem> evaluationItems(List<FsrsItem> items) {
        Split split = split(items);
        List<FsrsItem> evaluated = new ArrayList<>(split.initial());
        split.train().stream().filter(item -> item.longTermReviews() > 1).forEach(evaluated::add);
        return evaluated;
    }

    private OptimisationResult result(
            OptimisationResult.Outcome outcome, double[] parameters, List<FsrsItem> items, int used) {
        ModelEvaluation evaluation = evaluateItems(parameters, evaluationItems(items));
        return new OptimisationResult(outcome, parameters, evaluation.logLoss(), evaluation.rmseBins(), used);
    }

    private static double[] defaults() {
        return Fsrs.DEFAULT_PARAMETERS.clone();
    }

    static ModelEvaluation evaluateItems(double[] parameters, List<FsrsItem> items) {
        if (parameters.length != FsrsLoss.N) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters");
        }
        if (items.isEmpty()) {
            return ModelEvaluation.NOTHING_TO_PREDICT;
        }
        // fsrs-rs's evaluation clips with its scheduler's settings: one relearning step, w19 may be 0.
        FsrsLoss model = new FsrsLoss(FsrsBounds.clipped(parameters, 1, false));
        List<Weighted> weighted = recencyWeighted(items);
        double loss = 0;
        double weights = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (Weighted x : weighted) {
            double p = model.predict(x.item());
            double y = x.item().recalled() ? 1 : 0;
            loss += (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * x.weight();
            weights += x.weight();
            double[] bin = bins.computeIfAbsent(bin(x.item()), k -> new double[4]);
            bin[0] += p;
            bin[1] += y;
            bin[2] += 1;
            bin[3] += x.weight();
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double error = bin[0] / bin[2] - bin[1] / bin[2];
            squares += error * error * bin[3];
            binWeights += bin[3];
        }
        return new ModelEvaluation(-loss / weights, Math.sqrt(squares / binWeights), items.size());
    }

    /** fsrs-rs's RMSE bin: interval, number of reviews on later days and lapses, log-spaced. */
    private static long bin(FsrsItem item) {
        long days = Math.round(2.48 * Math.pow(3.62, Math.floor(log(item.currentDays(), 3.62))) * 100);
        long length = Math.round(1.99 * Math.pow(1.89, Math.floor(log(item.longTermReviews() + 1, 1.89))));
        int lapses = item.lapsesBefore();
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(log(lapses, 1.73))));
        return (days << 32) | (length << 16) | lapseBin;
    }

    private static double log(double x, double base) {
        return Math.log(x) / Math.log(base);
    }

    record Weighted(FsrsItem item, double weight) {}

    /** Weights from 0.25 for the oldest item to 1 for the newest, cubic in between (fsrs-rs). */
    static List<Weighted> recencyWeighted(List<FsrsItem> items) {
        double length = Math.max(items.size() - 1.0, 1.0);
        List<Weighted> weighted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            weighted.add(new Weighted(items.get(i), 0.25 + 0.75 * Math.pow(i / length, 3)));
        }
        return weighted;
    }

    record Split(List<FsrsItem> initial, List<FsrsItem> train) {}

    /**
     * fsrs-rs's outlier filter. Cards are grouped by first rating and the interval before their
     * first review on a later day; per rating, the smallest groups (5% of cards, at least 20) are
     * dropped, and so are groups of fewer than 6 cards or intervals over 100 days (365 for "easy").
     * Dropped groups leave pre-training, and their cards' later reviews leave training.
     */
    static Split split(List<FsrsItem> items) {
        Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            FsrsItem item = items.get(i);
            if (item.longTermReviews() == 1) {
                groups.computeIfAbsent(item.grades()[0], k -> new HashMap<>())
                        .computeIfAbsent(item.currentDays(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        Map<Integer, Set<Integer>> removed = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        groups.forEach((rating, byDays) -> {
            List<Map.Entry<Integer, List<Integer>>> subGroups = new ArrayList<>(byDays.entrySet());
            // Smallest first, and among equal sizes the shortest interval first.
            subGroups.sort(Comparator.comparingInt((Map.Entry<Integer, List<Integer>> e) ->
                            e.getValue().size())
                    .thenComparingInt(Map.Entry::getKey));
            int total = subGroups.stream().mapToInt(e -> e.getValue().size()).sum();
            int hasBeenRemoved = 0;
            Set<Integer> removedDays = removed.computeIfAbsent(rating, k -> new HashSet<>());
            for (Map.Entry<Integer, List<Integer>> group : subGroups) {
                int size = group.getValue().size();
                int days = group.getKey();
                if (hasBeenRemoved + size >= Math.max(20, total / 20)) {
                    if (size >= 6 && days <= (rating != 4 ? 100 : 365)) {
                        kept.addAll(group.getValue());
                    } else {
                        removedDays.add(days);
                    }
                } else {
                    hasBeenRemoved += size;
                    removedDays.add(days);
                }
            }
        });
        List<FsrsItem> initial = kept.stream().map(items::get).toList();
        List<FsrsItem> train = items.stream()
                .filter(item ->
                        !removed.getOrDefault(item.grades()[0], Set.of()).contains(item.firstLongTermDays()))
                .toList();
        return new Split(initial, train);
    }

    private double[] train(List<Weighted> set, double[] initial) {
        int total = set.size();
        int iterations = (total / training.batchSize() + 1) * training.epochs();
        List<Weighted> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingInt(x -> x.item().length()));
        List<List<Weighted>> batches = new ArrayList<>();
        for (int from = 0; from < total; from += training.batchSize()) {
            batches.add(sorted.subList(from, Math.min(total, from + training.batchSize())));
        }
        CosineAnnealing schedule = new CosineAnnealing(iterations, training.learningRate());
        double[] parameters = initial.clone();
        Adam adam = new Adam();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] best = parameters.clone();
        SplittableRandom random = new SplittableRandom(training.seed());
        int[] order = new int[batches.size()];
        for (int epoch = 1; epoch <= training.epochs(); epoch++) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int b : order) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("parameter optimisation interrupted");
                }
                List<Weighted> batch = batches.get(b);
                double lr = schedule.step();
                double[] grad = new double[FsrsLoss.N];
                FsrsLoss model = new FsrsLoss(parameters);
                for (Weighted x : batch) {
                    model.loss(x.item(), x.weight(), grad);
                }
                double scale = training.gamma() * batch.size() / total;
                for (int i = 0; i < FsrsLoss.N; i++) {
                    double spread = PARAMETER_SPREAD[i] * PARAMETER_SPREAD[i];
                    grad[i] += 2 * (parameters[i] - initial[i]) / spread * scale;
                }
                adam.step(parameters, grad, lr);
                FsrsBounds.clip(parameters, relearningSteps, true);
            }
            double loss = 0;
            FsrsLoss model = new FsrsLoss(parameters);
            for (List<Weighted> batch : batches) {
                for (Weighted x : batch) {
                    loss += model.loss(x.item(), x.weight(), null);
                }
                loss += penalty(parameters, initial, batch.size(), total);
            }
            loss /= total;
            if (loss < bestLoss) {
                bestLoss = loss;
                best = parameters.clone();
            }
        }
        return best;
    }

    private double penalty(double[] parameters, double[] initial, int batchSize, int total) {
        double sum = 0;
        for (int i = 0; i < FsrsLoss.N; i++) {
            double delta = parameters[i] - initial[i];
            sum += delta * delta / (PARAMETER_SPREAD[i] * PARAMETER_SPREAD[i]);
        }
        return sum * training.gamma() * batchSize / total;
    }

    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final double[] m = new double[FsrsLoss.N];
        private final double[] v = new double[FsrsLoss.N];
        private int t;

        void step(double[] parameters, double[] grad, double lr) {
            t++;
            double bias1 = 1 - Math.pow(BETA1, t);
            double bias2 = 1 - Math.pow(BETA2, t);
            for (int i = 0; i < FsrsLoss.N; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
                parameters[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + EPSILON);
            }
        }
    }

    /** PyTorch's CosineAnnealingLR in its recursive form, as fsrs-rs has it (minimum 0). */
    private static final class CosineAnnealing {
        private final double tMax;
        private final double initial;
        private double stepCount = -1;
        private double current;

        CosineAnnealing(double tMax, double initial) {
            this.tMax = tMax;
            this.initial = initial;
            this.current = initial;
        }

        double step() {
            stepCount++;
            if (stepCount == 0) {
                current = initial;
            } else if ((stepCount - 1 - tMax) % (2 * tMax) == 0) {
                current = initial * (1 - Math.cos(Math.PI / tMax)) / 2;
            } else {
                current = (1 + Math.cos(Math.PI * stepCount / tMax))
                        / (1 + Math.cos(Math.PI * (stepCount - 1) / tMax))
                        * current;
            }
            return current;
        }
    }
}
