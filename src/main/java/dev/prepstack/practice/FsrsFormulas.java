package dev.prepstack.practice;

/**
 * The FSRS-6 memory formulas, shared by the scheduler ({@link Fsrs}), the parameter optimiser and
 * the workload simulation so that all three use one model. Each function takes the 21 parameters
 * {@code w}; grades are 1 (again) to 4 (easy). Clamping of the results is left to the callers,
 * because the scheduler (py-fsrs) and the optimiser (fsrs-rs) clamp slightly differently.
 */
final class FsrsFormulas {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36_500;
    static final double D_MIN = 1;
    static final double D_MAX = 10;

    private FsrsFormulas() {}

    /** Decay of the power forgetting curve: {@code -w[20]}. */
    static double decay(double[] w) {
        return -w[20];
    }

    /** The curve's factor, chosen so that retrievability after {@code stability} days is 90%. */
    static double factor(double[] w) {
        return Math.pow(0.9, 1 / decay(w)) - 1;
    }

    /** Probability of recall {@code elapsedDays} after the last review. */
    static double retrievability(double[] w, double elapsedDays, double stability) {
        return Math.pow(1 + factor(w) * elapsedDays / stability, decay(w));
    }

    static double initialStability(double[] w, int grade) {
        return w[grade - 1];
    }

    /** Initial difficulty before clamping; mean reversion targets its value for "easy". */
    static double initialDifficulty(double[] w, int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    /** Difficulty after a review, before clamping: linear damping, then mean reversion. */
    static double nextDifficulty(double[] w, double d, int grade) {
        double delta = -w[6] * (grade - 3);
        double damped = d + delta * (10 - d) / 9;
        return w[7] * initialDifficulty(w, 4) + (1 - w[7]) * damped;
    }

    /** Stability after a successful review on a later day. */
    static double recallStability(double[] w, double d, double s, double r, int grade) {
        double hard = grade == 2 ? w[15] : 1;
        double easy = grade == 4 ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
    }

    /** Stability after a lapse on a later day, capped so that a lapse never raises it. */
    static double forgetStability(double[] w, double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    /**
     * Stability after a same-day review. A passing grade at or above {@code floorFromGrade} never
     * lowers stability: py-fsrs (the scheduler's reference) floors good and easy (3), fsrs-rs (the
     * optimiser's reference) also hard (2).
     */
    static double shortTermStability(double[] w, double s, int grade, int floorFromGrade) {
        double increase = shortTermIncrease(w, s, grade);
        if (grade >= floorFromGrade) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    static double shortTermIncrease(double[] w, double s, int grade) {
        return Math.exp(w[17] * (grade - 3 + w[18])) * Math.pow(s, -w[19]);
    }

    static double clampStability(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    static double clampDifficulty(double d) {
        return Math.min(Math.max(d, D_MIN), D_MAX);
    }
}
