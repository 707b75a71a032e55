package dev.prepstack.feedback;

/**
 * The evaluator's weights and thresholds, fitted on the "tune" half of the blind evaluation set
 * (FeedbackCalibration) and checked on the other half (FeedbackQualityTest).
 *
 * @param semanticWeight weight of the best sentence's cosine similarity to a key point
 * @param lexicalWeight weight of the share of the key point's own content words the sentence uses
 * @param coveredAt combined evidence from which a key point counts as covered
 * @param negationPenalty subtracted when exactly one of sentence and key point is negated
 * @param listPenalty subtracted for "sentences" that are bare lists of terms
 * @param sharedPenalty subtracted per other key point whose best evidence is the same sentence
 * @param coverageWeight weight of soft key-point coverage in the score
 * @param referenceWeight weight of whole-answer similarity to the reference answer in the score
 * @param creditFrom how far below {@code coveredAt} a key point starts to earn partial credit in the score
 * @param creditWidth how much evidence above that start earns a key point full credit
 */
public record Calibration(
        double semanticWeight,
        double lexicalWeight,
        double coveredAt,
        double negationPenalty,
        double listPenalty,
        double sharedPenalty,
        double coverageWeight,
        double referenceWeight,
        double creditFrom,
        double creditWidth) {

    public static final Calibration DEFAULT = new Calibration(0.6, 1.2, 0.30, 0.25, 0.3, 0.08, 0.80, 0.20, 0.05, 0.10);

    /** Lexical evidence alone (no model yet): the same decisions on a lexical scale. */
    public static final Calibration LEXICAL_ONLY = new Calibration(0.0, 1.0, 0.5, 0.25, 0.3, 0.0, 1.0, 0.0, 0.25, 0.35);
}
