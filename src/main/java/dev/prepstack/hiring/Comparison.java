package dev.prepstack.hiring;

import java.util.List;
import java.util.Map;

/**
 * Candidates of one kit version side by side. A candidate's column shows figures only to someone
 * who has submitted their own scorecard for that candidate ({@code visible}); otherwise only how many
 * scorecards were submitted.
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
            List<Long> scorecardIds) {}

    /** Ratings of one attribute: the average on the 1-4 scale (null without ratings) and the counts. */
    public record AttributeFigures(Double average, Map<Verdict, Integer> counts) {}

    /** Of one question: the mean share of its key points the candidate covered, 0-100. */
    public record QuestionFigures(int position, Integer coveredPercent) {}
}
