package dev.prepstack.practice;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the optimiser made of a review history: the parameters it fitted (the defaults when there
 * were too few reviews), how well they predict that history, and how many reviews it trained on.
 *
 * @param reviewsUsed reviews on a later day than the card's previous review that the optimiser
 *     trained on (after fsrs-rs's outlier filter)
 */
public record OptimisationResult(
        Outcome outcome, double[] parameters, double logLoss, double rmseBins, int reviewsUsed) {

    public enum Outcome {
        /** All 21 parameters fitted. */
        OPTIMISED,
        /**
         * Fewer than {@link FsrsOptimizer#MINIMUM_REVIEWS} reviews: only the four initial
         * stabilities were fitted, the rest are the defaults (as fsrs-rs does).
         */
        INITIAL_STABILITIES_ONLY,
        /** Too few reviews to fit anything; the parameters are the defaults. */
        NOT_ENOUGH_REVIEWS
    }

    public OptimisationResult {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimisationResult o
                && outcome == o.outcome
                && Arrays.equals(parameters, o.parameters)
                && Double.compare(logLoss, o.logLoss) == 0
                && Double.compare(rmseBins, o.rmseBins) == 0
                && reviewsUsed == o.reviewsUsed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, Arrays.hashCode(parameters), logLoss, rmseBins, reviewsUsed);
    }

    @Override
    public String toString() {
        return "OptimisationResult[outcome=" + outcome + ", parameters=" + Arrays.toString(parameters) + ", logLoss="
                + logLoss + ", rmseBins=" + rmseBins + ", reviewsUsed=" + reviewsUsed + "]";
    }

    /** True when every parameter was fitted to the history. */
    public boolean optimised() {
        return outcome == Outcome.OPTIMISED;
    }
}
