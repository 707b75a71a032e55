package dev.prepstack.hiring;

import java.util.List;
import java.util.Map;

/**
 * Candidates of one kit version side by side. A candidate's column shows figures only to someone
 * who has submitted their own scorecard for that candidate ({@code visible}); otherwise only how many
 * scorecards were submitted. Visible columns come first, ranked by the panel's mean computed score
 * ({@code meanScore}, with {@code scoreSpread} the standard deviation of the panel's scores, n-1,
 * null under two scores); hidden columns follow by name, so their place reveals nothing.
 */
public record Comparison(
        long kitId,
        String title,
        int version,
        List<Integer> versions,
        List<String> attributes,
        List<KitItem> questions,
        List<Column> candidates) {

    public record Column(
            long candidateId,
            String name,
            boolean visible,
            int submitted,
            Long myScorecardId,
            boolean mineSubmitted,
            Map<String, AttributeFigures> attributes,
            List<QuestionFigures> questions,
            Map<Verdict, Integer> recommendations,
            List<Long> scorecardIds,
            Double meanScore,
            Double scoreSpread,
            List<Disagreement> disagreements) {}

    /**
     * A submitted scorecard whose recommendation lies a point or more from its computed score (the rule
     * of {@link Verdict#disagreesWith}): worth a word in the debrief, not an error.
     */
    public record Disagreement(long scorecardId, String interviewer, Verdict recommendation, double computedScore) {}

    /** Ratings of one attribute: the average on the 1-4 scale (null without ratings) and the counts. */
    public record AttributeFigures(Double average, Map<Verdict, Integer> counts) {}

    /** Of one question: the mean share of its key points the candidate covered, 0-100. */
    public record QuestionFigures(int position, Integer coveredPercent) {}
}
