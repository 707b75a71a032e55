package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.feedback.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestedRatingTest {

    private static Feedback feedback(int score, int covered, int total, boolean semantic) {
        List<Feedback.KeyPointResult> points = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            points.add(new Feedback.KeyPointResult("point " + i, i < covered, i < covered ? "evidence" : null, 0.5));
        }
        return new Feedback(score, points, null, List.of(), "embedded", semantic);
    }

    @Test
    void aClearScoreWithNothingMissedMapsToItsBand() {
        assertThat(SuggestedRating.from(feedback(95, 6, 6, true))).contains(Rating.EASY);
        assertThat(SuggestedRating.from(feedback(80, 6, 6, true))).contains(Rating.GOOD);
        assertThat(SuggestedRating.from(feedback(55, 6, 6, true))).contains(Rating.HARD);
        assertThat(SuggestedRating.from(feedback(20, 6, 6, true))).contains(Rating.AGAIN);
    }

    @Test
    void missedKeyPointsCapTheSuggestion() {
        assertThat(SuggestedRating.from(feedback(95, 5, 6, true))).contains(Rating.GOOD);
        assertThat(SuggestedRating.from(feedback(95, 4, 6, true))).contains(Rating.HARD);
        assertThat(SuggestedRating.from(feedback(80, 4, 6, true))).contains(Rating.HARD);
        assertThat(SuggestedRating.from(feedback(20, 4, 6, true)))
                .as("a cap never raises")
                .contains(Rating.AGAIN);
    }

    @Test
    void atMostAQuarterOfTheKeyPointsCoveredIsAgainWhateverTheScore() {
        assertThat(SuggestedRating.from(feedback(75, 2, 8, true))).contains(Rating.AGAIN);
        assertThat(SuggestedRating.from(feedback(71, 0, 4, true))).contains(Rating.AGAIN);
    }

    @Test
    void nothingIsSuggestedWhenTheEvaluatorIsUnsure() {
        assertThat(SuggestedRating.from(feedback(95, 6, 6, false)))
                .as("no semantic model")
                .isEmpty();
        assertThat(SuggestedRating.from(new Feedback(95, List.of(), null, List.of(), "embedded", true)))
                .as("no key points")
                .isEmpty();
        for (int score : new int[] {37, 40, 43, 67, 72, 87, 93}) {
            assertThat(SuggestedRating.from(feedback(score, 6, 6, true)))
                    .as("score %d is within the margin of a band edge", score)
                    .isEmpty();
        }
        assertThat(SuggestedRating.from(feedback(36, 6, 6, true))).contains(Rating.AGAIN);
        assertThat(SuggestedRating.from(null)).isEqualTo(Optional.empty());
    }

    @Test
    void nothingIsSuggestedWhenTheEvaluatorSaysItsVerdictsAreUnsure() {
        Feedback clear = feedback(95, 6, 6, true);

        assertThat(SuggestedRating.from(withConfidence(clear, 0.5)))
                .as("confidence below the evaluator's unsure line")
                .isEmpty();
        assertThat(SuggestedRating.from(withConfidence(clear, 0.9))).contains(Rating.EASY);
        assertThat(SuggestedRating.from(withConfidence(clear, null)))
                .as("feedback from before confidences were recorded")
                .contains(Rating.EASY);
    }

    private static Feedback withConfidence(Feedback f, Double confidence) {
        return new Feedback(f.score(), f.keyPoints(), null, List.of(), "embedded", true, "2", confidence, null);
    }
}
