package dev.prepstack.practice;

/**
 * The current parameters and a candidate, evaluated on the same review history: the candidate is
 * adopted only when it predicts that history better.
 */
public record ParameterComparison(ModelEvaluation current, ModelEvaluation candidate) {

    /** True when the candidate's log loss is lower than the current parameters'. */
    public boolean candidateIsBetter() {
        return candidate.reviews() > 0 && candidate.logLoss() < current.logLoss();
    }

    /** How much lower the candidate's log loss is, as a share of the current one (0.05 = 5%). */
    public double logLossReduction() {
        return (current.logLoss() - candidate.logLoss()) / current.logLoss();
    }
}
