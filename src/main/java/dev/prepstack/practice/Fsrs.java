package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 scheduler (21 parameters), written from the published algorithm: memory state is
 * stability S (days until retrievability falls to 90%) and difficulty D (1-10). Plain Java, no
 * Spring; fuzzing is off so schedules are reproducible. Reference cases from py-fsrs 6.3.1 are
 * reproduced exactly by FsrsTest.
 */
public final class Fsrs {

    public static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };
    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36_500;

    private static final double S_MIN = FsrsFormulas.S_MIN;

    private final double[] w;
    private final double desiredRetention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumInterval;
    private final double decay;
    private final double factor;

    public Fsrs(
            double[] parameters,
            double desiredRetention,
            List<Duration> learningSteps,
            List<Duration> relearningSteps,
            int maximumInterval) {
        if (parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters");
        }
        if (parameters[20] < 0.1 || parameters[20] > 0.8) {
            throw new IllegalArgumentException("w[20] must be in [0.1, 0.8]");
        }
        if (desiredRetention <= 0 || desiredRetention >= 1) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1");
        }
        this.w = parameters.clone();
        this.desiredRetention = desiredRetention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumInterval = maximumInterval;
        this.decay = FsrsFormulas.decay(w);
        this.factor = FsrsFormulas.factor(w);
    }

    public static Fsrs withRetention(double desiredRetention) {
        return new Fsrs(
                DEFAULT_PARAMETERS,
                desiredRetention,
                DEFAULT_LEARNING_STEPS,
                DEFAULT_RELEARNING_STEPS,
                DEFAULT_MAXIMUM_INTERVAL);
    }

    /** The card after a review with the given rating at instant {@code at} (UTC). */
    public Card review(Card card, Rating rating, Instant at) {
        Memory memory = memory(card, rating.grade(), at);
        double stability = memory.stability();
        double difficulty = memory.difficulty();
        CardState state = card.state();
        Integer step = card.step();
        Duration interval;
        switch (state) {
            case LEARNING, RELEARNING -> {
                List<Duration> steps = state == CardState.LEARNING ? learningSteps : relearningSteps;
                if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
                    state = CardState.REVIEW;
                    step = null;
                    interval = days(nextInterval(stability));
                } else {
                    switch (rating) {
                        case AGAIN -> {
                            step = 0;
                            interval = steps.get(0);
                        }
                        case HARD -> {
                            if (step == 0 && steps.size() == 1) {
                                interval = Duration.ofMillis(
                                        Math.round(steps.get(0).toMillis() * 1.5));
                            } else if (step == 0) {
                                interval = steps.get(0).plus(steps.get(1)).dividedBy(2);
                            } else {
                                interval = steps.get(step);
                            }
                        }
                        case GOOD -> {
                            if (step + 1 == steps.size()) {
                                state = CardState.REVIEW;
                                step = null;
                                interval = days(nextInterval(stability));
                            } else {
                                step = step + 1;
                                interval = steps.get(step);
                            }
                        }
                        default -> {
                            state = CardState.REVIEW;
                            step = null;
                            interval = days(nextInterval(stability));
                        }
                    }
                }
            }
            default -> {
                if (rating == Rating.AGAIN && !relearningSteps.isEmpty()) {
                    state = CardState.RELEARNING;
                    step = 0;
                    interval = relearningSteps.get(0);
                } else {
                    interval = days(nextInterval(stability));
                }
            }
        }
        return new Card(state, step, stability, difficulty, at.plus(interval), at);
    }

    private record Memory(double stability, double difficulty) {}

    /** The card's stability and difficulty after a review graded {@code g} at {@code at}. */
    private Memory memory(Card card, int g, Instant at) {
        if (card.stability() == null) {
            return new Memory(initialStability(g), clampDifficulty(initialDifficulty(g)));
        }
        long elapsed = wholeDays(card.lastReview(), at);
        double stability;
        if (elapsed < 1) {
            stability = shortTermStability(card.stability(), g);
        } else {
            double r = retrievability(card.stability(), elapsed);
            stability = g == 1
                    ? forgetStability(card.difficulty(), card.stability(), r)
                    : recallStability(card.difficulty(), card.stability(), r, g);
        }
        return new Memory(stability, nextDifficulty(card.difficulty(), g));
    }

    /** Probability of recall at instant {@code at}; 0 for a card never reviewed. */
    public double retrievability(Card card, Instant at) {
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        return retrievability(card.stability(), Math.max(0, wholeDays(card.lastReview(), at)));
    }

    private double retrievability(double stability, long elapsedDays) {
        return FsrsFormulas.retrievability(w, elapsedDays, stability);
    }

    private double initialStability(int g) {
        return Math.max(FsrsFormulas.initialStability(w, g), S_MIN);
    }

    private double initialDifficulty(int g) {
        return FsrsFormulas.initialDifficulty(w, g);
    }

    private static double clampDifficulty(double d) {
        return FsrsFormulas.clampDifficulty(d);
    }

    private double nextDifficulty(double d, int g) {
        return clampDifficulty(FsrsFormulas.nextDifficulty(w, d, g));
    }

    // py-fsrs keeps a same-day "hard" free to lower stability; fsrs-rs floors it (see FsrsFormulas).
    private double shortTermStability(double s, int g) {
        return Math.max(FsrsFormulas.shortTermStability(w, s, g, 3), S_MIN);
    }

    private double recallStability(double d, double s, double r, int g) {
        return Math.max(FsrsFormulas.recallStability(w, d, s, r, g), S_MIN);
    }

    private double forgetStability(double d, double s, double r) {
        return Math.max(FsrsFormulas.forgetStability(w, d, s, r), S_MIN);
    }

    /** Interval in whole days for the desired retention: rounded half to even, 1 to the maximum. */
    int nextInterval(double stability) {
        double interval = (stability / factor) * (Math.pow(desiredRetention, 1 / decay) - 1);
        long rounded = (long) Math.rint(interval);
        return (int) Math.min(Math.max(rounded, 1), maximumInterval);
    }

    private static long wholeDays(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
