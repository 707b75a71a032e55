package dev.prepstack.feedback;

import dev.prepstack.shared.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in coach, evaluator 5: per key point a graded verdict (covered, partly, missed) with the
 * sentence that makes it and a confidence, a 0-100 score, STAR parts for behavioral questions, and
 * suggestions.
 *
 * <p>Deliberately small, because evaluator 1 (hard thresholds per point, multipliers for length and
 * keyword lists) fitted the answers it was calibrated on and did worse than a plain word count on
 * rubrics it had not seen. Every decision is one smooth formula over a few measurements
 * ({@link KeyPointEvidence}), and each fitted number says what it was fitted on ({@link Scoring};
 * bench/feedback-asag.sh prints the figures):
 *
 * <ul>
 *   <li>a key point's evidence (the best sentence's cosine to the point and share of its words, less
 *       negation, keyword-list and shared-sentence penalties) becomes the probability that the point
 *       is made by one fitted logistic function; a sentence that names another member of a closed set
 *       of terms, other numbers, or restates a known mistake about the point is never its evidence
 *       ({@link Contradictions}), and a point it disputes is at most "partly";
 *   <li>the score is a linear regression on four answer-level measurements, fitted on graded answers
 *       to other rubrics (SAF training) and the eval set's tune half, clamped to 0-100: nothing
 *       multiplies it away for length.
 * </ul>
 */
public final class AnswerEvaluator {

    public static final int MAX_ANSWER = 20_000;

    /**
     * Saved with every result, so old feedback keeps saying which evaluator made it. 4: the score's
     * cosine is relative to the rubric's own key points (see {@link Scoring#S_GAP}), and a known mistake
     * is only flagged for a sentence on the rubric's topic. 5: a point stated in its own words pays no
     * shared-sentence penalty ({@link KeyPointEvidence#OWN_WORDS}).
     */
    public static final String VERSION = "5";

    /**
     * Below this mean verdict confidence the page says "not sure". The verdict confidence is the
     * fitted probability of the verdict, so 0.75 means about one verdict in four is expected wrong.
     */
    static final double UNSURE_BELOW = 0.75;

    private final KeyPointEvidence evidence;

    public AnswerEvaluator(Embedder embedder) {
        this.evidence = new KeyPointEvidence(embedder);
    }

    public Feedback evaluate(Rubric rubric, String answer) {
        // Invisible characters (zero-width spaces, bidi overrides, NUL) are no answer: the embedding
        // model refuses text without content, and a mock interview's finish failed on it every time.
        String text = UserText.clean(answer);
        if (text.isEmpty() || TextFeatures.words(text).isEmpty()) {
            return noAnswer(rubric);
        }
        KeyPointEvidence.Signals s = signals(rubric, text);
        int k = rubric.keyPoints().size();
        List<Feedback.KeyPointResult> results = new ArrayList<>();
        double pointSum = 0;
        double confidenceSum = 0;
        for (int i = 0; i < k; i++) {
            KeyPointEvidence.PointSignal ps = s.points().get(i);
            double p = Scoring.probability(ps, s.semantic());
            pointSum += p;
            String verdict = Scoring.verdict(ps, p);
            // The fitted probability of the verdict given: p that a made point is made, 1 - p that a missed one is not.
            double confidence = verdict.equals("missed") ? 1 - p : p;
            confidenceSum += confidence;
            results.add(new Feedback.KeyPointResult(
                    rubric.keyPoints().get(i),
                    !verdict.equals("missed"),
                    ps.at() < 0 || verdict.equals("missed")
                            ? null
                            : s.candidates().get(ps.at()),
                    round(p),
                    verdict,
                    round(confidence),
                    ps.mistake() < 0 ? null : s.candidates().get(ps.mistake())));
        }
        double points = k == 0 ? 0 : pointSum / k;
        // An answer with no content word beyond the question's own says nothing the question did not:
        // it earns nothing, however close in meaning it is (repeating the question is not an answer).
        Set<String> own = TextFeatures.contentStems(text);
        own.removeAll(TextFeatures.contentStems(rubric.question()));
        int score = own.isEmpty() ? 0 : (int) Math.round(100 * clamp(Scoring.score(s, points)));
        Feedback.Star star = rubric.behavioral() ? star(text) : null;
        return new Feedback(
                score,
                results,
                star,
                suggestions(rubric, results, star, s.words(), text),
                "embedded",
                s.semantic(),
                VERSION,
                k == 0 ? 1 : round(confidenceSum / k),
                Advice.band(score, results, s.words()));
    }

    private static Feedback noAnswer(Rubric rubric) {
        List<Feedback.KeyPointResult> none = rubric.keyPoints().stream()
                .map(p -> new Feedback.KeyPointResult(p, false, null, 0, "missed", 1.0, null))
                .toList();
        return new Feedback(
                0,
                none,
                rubric.behavioral() ? new Feedback.Star(false, false, false, false) : null,
                List.of("Write an answer first: even three sentences in your own words show what you know."),
                "embedded",
                false,
                VERSION,
                1.0,
                "No answer yet.");
    }

    /** The measurements of one answer (bench/feedback-asag.sh --dump writes them for the fit). */
    KeyPointEvidence.Signals signals(Rubric rubric, String text) {
        return evidence.signals(rubric, text);
    }

    /** The reference answer, or the key points joined when there is none. */
    static String reference(Rubric rubric) {
        return rubric.referenceAnswer() == null || rubric.referenceAnswer().isBlank()
                ? String.join(" ", rubric.keyPoints())
                : rubric.referenceAnswer();
    }

    static Feedback.Star star(String text) {
        return Advice.star(text);
    }

    static List<String> suggestions(
            Rubric rubric, List<Feedback.KeyPointResult> results, Feedback.Star star, int words, String text) {
        return Advice.suggestions(rubric, results, star, words, text);
    }

    static double dot(float[] a, float[] b) {
        return Vectors.dot(a, b);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
