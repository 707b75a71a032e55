package dev.prepstack.practice;

import dev.prepstack.feedback.Feedback;
import java.util.List;
import java.util.Optional;

/**
 * The rating the feedback on a typed answer suggests, pre-selected at reveal; the person confirms or
 * changes it. The mapping, from the score (0-100) and the key points missed:
 *
 * <ol>
 *   <li>no suggestion when the evaluator is unsure: it says so itself ({@link Feedback#unsure()}:
 *       its verdict confidence is in the band where it is measured to be often wrong), it ran
 *       without its semantic model, the question has no key points, or the score is within {@value #MARGIN} points of a band edge (40, 70,
 *       90) and step 2 does not apply;
 *   <li>Again when at most a quarter of the key points are covered, whatever the score;
 *   <li>otherwise by score: under 40 Again, under 70 Hard, under 90 Good, 90 or more Easy;
 *   <li>then capped by what was missed: two or more key points missed give at most Hard, one at
 *       most Good.
 * </ol>
 *
 * Only the feedback module's public {@link Feedback} is read, so a new evaluator changes the
 * suggestion only through its score and key points.
 */
public final class SuggestedRating {

    /** Scores this close to a band edge are too close to call. */
    static final int MARGIN = 4;

    private static final List<Integer> EDGES = List.of(40, 70, 90);

    private SuggestedRating() {}

    public static Optional<Rating> from(Feedback feedback) {
        if (feedback == null
                || feedback.unsure()
                || !feedback.semantic()
                || feedback.keyPoints() == null
                || feedback.keyPoints().isEmpty()) {
            return Optional.empty();
        }
        int total = feedback.keyPoints().size();
        long covered = feedback.keyPoints().stream()
                .filter(Feedback.KeyPointResult::covered)
                .count();
        if (covered * 4 <= total) {
            return Optional.of(Rating.AGAIN);
        }
        int score = feedback.score();
        if (EDGES.stream().anyMatch(edge -> Math.abs(score - edge) < MARGIN)) {
            return Optional.empty();
        }
        Rating byScore = score < 40 ? Rating.AGAIN : score < 70 ? Rating.HARD : score < 90 ? Rating.GOOD : Rating.EASY;
        long missed = total - covered;
        Rating cap = missed >= 2 ? Rating.HARD : missed == 1 ? Rating.GOOD : Rating.EASY;
        return Optional.of(byScore.grade() <= cap.grade() ? byScore : cap);
    }
}
