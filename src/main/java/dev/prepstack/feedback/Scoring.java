package dev.prepstack.feedback;

import java.util.List;

/**
 * From measurements to verdicts and a score: every decision one smooth formula over a few
 * measurements, and each fitted number says what it was fitted on (bench/feedback-fit.py fits them
 * from what bench/feedback-asag.sh --dump writes; only SAF "training" and the eval set's tune half).
 */
final class Scoring {

    // From evidence to the probability that the point is made: p = sigmoid(P0 + P1 * evidence), a
    // logistic regression on the tune half's key-point labels (bench/feedback-fit.py, evaluator 3's
    // signals). No cliff: a point just under a threshold moves from "covered" to "partly", and the score
    // uses p itself. The refit on evaluator 4's signals (-8.726, 5.219) was not kept: it took a few
    // borderline points under "partly" and 2 more of the bank's own summaries read as no point made.
    static final double P0 = -8.635;
    static final double P1 = 5.167;
    // Without the model (while it loads; not fitted, no labelled lexical-only runs): p = 0.5 at
    // evaluator 1's lexical covered level 0.5, about as steep per share of words as P1 per unit of evidence.
    static final double L0 = -5.0;
    static final double L1 = 10.0;
    /**
     * A point is "partly" made from this probability and "covered" from {@link #COVERED_FROM}. The
     * first maximises key-point F1 ("partly" counted as made) on the out-of-fold probabilities of a
     * 4-fold cross-validation on the tune half (F1 0.845 there); the second is the lowest where their
     * precision reaches 0.9.
     */
    static final double PARTLY_FROM = 0.32;

    static final double COVERED_FROM = 0.77;

    /**
     * A sure tick needs an uncontested sentence: a point whose best sentence is negated against it or uses
     * an opposite of one of its words, or that another sentence of the answer contradicts (another term of
     * its closed set, other numbers, a known mistake) with evidence within this margin of the best, is at
     * most "partly". The margin is the smallest of 0, 0.1, ... that brings the tune half's "wrong" answers'
     * points marked covered to 10% or less (5 of 64 at 0.2). It never changes a point's probability, so
     * neither the score nor key-point F1 ("partly" counts as made) move.
     */
    static final double RIVAL_MARGIN = 0.2;

    // The score (0-1 before scaling to 100): least squares on SAF "training" (1,476 graded answers to 18
    // networking questions) and the eval set's tune half (84), each data set weighing as one. Four
    // measurements: the answer's cosine to the reference answer, the share of the reference's content
    // words (the question's own left out) the answer uses, the mean key-point probability, and the mean
    // key-point gap (below). A fifth, the share of the answer's words that only repeat the question, came
    // out with the wrong sign and did not help on held-out data, so it is not used.
    static final double S0 = -0.1276;
    static final double S_REF = 0.4256;
    static final double S_RECALL = 0.7920;
    static final double S_POINTS = 0.4336;
    /**
     * The key-point gap makes the cosine scale the rubric's own: per point, how much nearer the answer's
     * best sentence comes than the rubric's other key points do (their mean cosine to it). A rubric whose
     * points are all alike in wording (one topic, one vocabulary) no longer hands every on-topic answer a
     * high cosine, and one of distinct points no longer holds a correct answer's cosine down. Evaluator 3
     * without it: SAF unseen questions 0.760 (2026-12-07).
     */
    static final double S_GAP = 0.4128;
    /**
     * A sentence far below the rubric's own level is off the point; how far below says nothing more, so
     * each point's gap counts from -0.2. Chosen, not fitted (bench/feedback-fit.py prints the grid -0.4..0
     * and none): unfloored, the fitted data's loss is a little lower, but the tune half's rank order is
     * worse (Spearman 0.793 against 0.805 at -0.2): far-off sentences of otherwise good answers pull them
     * below vague ones. The held-out splits were printed beside the grid, so they were seen when choosing.
     */
    static final double GAP_FLOOR = -0.2;
    /** Without the model the cosine and gap terms are their means on the fitted data (0.758, 0.132). */
    static final double T0 = S0 + S_REF * 0.758 + S_GAP * 0.132;

    private Scoring() {}

    static double probability(KeyPointEvidence.PointSignal ps, boolean semantic) {
        if (ps.at() < 0) {
            return 0;
        }
        double z = semantic ? P0 + P1 * ps.evidence() : L0 + L1 * ps.evidence();
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Turning a disputed "partly" into "missed" was tried (a contradiction 0.1 above the best support): it
     * took 8 bank model answers' points that discuss a common mistake to "missed", so it is not used.
     */
    static String verdict(KeyPointEvidence.PointSignal ps, double p) {
        boolean contested = ps.turned() || ps.rival() >= ps.evidence() - RIVAL_MARGIN;
        return p >= COVERED_FROM && !contested ? "covered" : p >= PARTLY_FROM ? "partly" : "missed";
    }

    /** The score before clamping and scaling, from the signals and the mean point probability. */
    static double score(KeyPointEvidence.Signals s, double points) {
        double base = s.semantic() ? S0 + S_REF * s.referenceCosine() + S_GAP * gap(s.points()) : T0;
        return base + S_RECALL * s.referenceRecall() + S_POINTS * points;
    }

    /** The mean over key points of the best sentence's cosine less the point's floor, each from {@link #GAP_FLOOR}. */
    static double gap(List<KeyPointEvidence.PointSignal> points) {
        return points.stream()
                .mapToDouble(p -> Math.max(GAP_FLOOR, p.cosine() - p.floor()))
                .average()
                .orElse(0);
    }
}
