package dev.prepstack.feedback;

import java.util.List;

/**
 * The evaluation of one answer. {@code star} is null for questions that are not behavioral.
 * {@code evaluatorVersion} says which evaluator made it (null in feedback saved before versions were
 * recorded: evaluator 1); {@code confidence} (0-1) is how sure the evaluator is of its key-point
 * verdicts, and {@code band} is the one-line reading of the answer a page leads with.
 */
public record Feedback(
        int score,
        List<KeyPointResult> keyPoints,
        Star star,
        List<String> suggestions,
        String engine,
        boolean semantic,
        String evaluatorVersion,
        Double confidence,
        String band) {

    /** Feedback as evaluator 1 made it (no version, confidence or band). */
    public Feedback(
            int score,
            List<KeyPointResult> keyPoints,
            Star star,
            List<String> suggestions,
            String engine,
            boolean semantic) {
        this(score, keyPoints, star, suggestions, engine, semantic, null, null, null);
    }

    /** Whether the evaluator says so itself: the verdicts are in the band where it is measured to be often wrong. */
    public boolean unsure() {
        return confidence != null && confidence < AnswerEvaluator.UNSURE_BELOW;
    }

    /**
     * One key point: its verdict ({@code covered}, {@code partly} or {@code missed}; {@code covered} is
     * true for the first two), the answer's sentence that makes it best, how well ({@code similarity},
     * the probability that it is made), how sure the evaluator is ({@code confidence}), and
     * {@code mistake}: a sentence of the answer that contradicts the point or states a known mistake.
     */
    public record KeyPointResult(
            String text,
            boolean covered,
            String evidence,
            double similarity,
            String verdict,
            Double confidence,
            String mistake) {

        public KeyPointResult(String text, boolean covered, String evidence, double similarity) {
            this(text, covered, evidence, similarity, covered ? "covered" : "missed", null, null);
        }
    }

    public record Star(boolean situation, boolean task, boolean action, boolean result) {}
}
