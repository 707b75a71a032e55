package dev.prepstack.feedback;

/**
 * Evaluator 1's weights and thresholds, as fitted on the "tune" half of the blind evaluation set; kept
 * in the tests only, so that the harness and FeedbackQualityTest can show evaluator 2 beside it.
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
 * @param referenceFloor the answer-to-reference cosine below which the reference earns nothing (the
 *     model's level for text on the same topic)
 * @param referenceSpan how far above the floor the reference earns full credit
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
        double creditWidth,
        double referenceFloor,
        double referenceSpan) {

    public static final Calibration DEFAULT =
            new Calibration(2.4, 0.9, 1.48, 0.4, 0.3, 0.12, 0.85, 0.15, 0.0, 0.35, 0.70, 0.45);

    /** Lexical evidence alone (no model yet): the same decisions on a lexical scale. */
    public static final Calibration LEXICAL_ONLY =
            new Calibration(0.0, 1.0, 0.5, 0.25, 0.3, 0.0, 1.0, 0.0, 0.25, 0.35, 0.35, 0.45);

    /** This calibration with other key-point decisions (the score's parameters kept). */
    public Calibration withKeyPoints(double semantic, double lexical, double at, double negation, double shared) {
        return new Calibration(
                semantic,
                lexical,
                at,
                negation,
                listPenalty,
                shared,
                coverageWeight,
                referenceWeight,
                creditFrom,
                creditWidth,
                referenceFloor,
                referenceSpan);
    }

    /** This calibration with another way of making the score (key-point decisions kept). */
    public Calibration withScore(double coverage, double from, double width, double floor) {
        return new Calibration(
                semanticWeight,
                lexicalWeight,
                coveredAt,
                negationPenalty,
                listPenalty,
                sharedPenalty,
                coverage,
                1 - coverage,
                from,
                width,
                floor,
                referenceSpan);
    }
}
