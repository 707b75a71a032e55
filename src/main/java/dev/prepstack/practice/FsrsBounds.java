package dev.prepstack.practice;

/** fsrs-rs's bounds on the 21 FSRS-6 parameters (its parameter clipper). */
final class FsrsBounds {

    /** Highest initial stability (days) the pre-training and the clipper allow. */
    static final double INITIAL_STABILITY_MAX = 100;

    private FsrsBounds() {}

    /** Lower and upper bound of each parameter, as {@code [i][0]} and {@code [i][1]}. */
    static double[][] of(double[] w, int relearningSteps, boolean shortTerm) {
        // A lapse followed by the relearning steps' same-day reviews should not end above the
        // stability before it; this caps w17 * w18 by the post-lapse stability at D = 1, R = 0.7, S = 1.
        double w17w18Ceiling = 2;
        if (relearningSteps > 1) {
            double lapse = Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3;
            w17w18Ceiling = Math.min(Math.sqrt(Math.max(-lapse / relearningSteps, 0.01)), 2);
        }
        double w19Floor = shortTerm ? 0.01 : 0;
        double sMin = FsrsFormulas.S_MIN;
        return new double[][] {
            {sMin, INITIAL_STABILITY_MAX},
            {sMin, INITIAL_STABILITY_MAX},
            {sMin, INITIAL_STABILITY_MAX},
            {sMin, INITIAL_STABILITY_MAX},
            {FsrsFormulas.D_MIN, FsrsFormulas.D_MAX},
            {0.001, 4},
            {0.001, 4},
            {0.001, 0.75},
            {0, 4.5},
            {0, 0.8},
            {0.001, 3.5},
            {0.001, 5},
            {0.001, 0.25},
            {0.001, 0.9},
            {0, 4},
            {0, 1},
            {1, 6},
            {0, w17w18Ceiling},
            {0, w17w18Ceiling},
            {w19Floor, 0.8},
            {0.1, 0.8},
        };
    }

    /** Clamps {@code w} in place into the bounds. */
    static void clip(double[] w, int relearningSteps, boolean shortTerm) {
        double[][] bounds = of(w, relearningSteps, shortTerm);
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.min(Math.max(w[i], bounds[i][0]), bounds[i][1]);
        }
    }

    static double[] clipped(double[] w, int relearningSteps, boolean shortTerm) {
        double[] copy = w.clone();
        clip(copy, relearningSteps, shortTerm);
        return copy;
    }
}
