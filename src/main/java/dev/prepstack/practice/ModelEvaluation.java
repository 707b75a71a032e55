package dev.prepstack.practice;

/**
 * How well a parameter set predicts a review history, measured as fsrs-rs measures it: the
 * recency-weighted log loss of recall at every review on a later day than the card's previous one,
 * and the RMSE between predicted and actual recall over bins of interval, review count and lapses.
 * Lower is better for both. {@code reviews} is the number of reviews predicted; with none, both
 * figures are NaN.
 */
public record ModelEvaluation(double logLoss, double rmseBins, int reviews) {

    static final ModelEvaluation NOTHING_TO_PREDICT = new ModelEvaluation(Double.NaN, Double.NaN, 0);
}
