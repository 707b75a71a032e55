package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkloadEstimateTest {

    private static final Instant NOW = Instant.parse("2026-06-01T07:00:00Z");

    /** A person's deck: cards in review with stabilities from a day to a few months, some overdue. */
    static List<Card> deck(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double stability = Math.exp(random.nextDouble(0, Math.log(120)));
            double difficulty = random.nextDouble(2, 9);
            Instant last = NOW.minus(Duration.ofDays(random.nextInt(1, 60)));
            Instant due = last.plus(Duration.ofDays(Math.max(1, Math.round(stability))));
            cards.add(new Card(CardState.REVIEW, null, stability, difficulty, due, last));
        }
        return cards;
    }

    private static WorkloadEstimate.Settings settings(long seed) {
        return new WorkloadEstimate.Settings(200, 10, 365, WorkloadEstimate.Habits.TYPICAL, seed);
    }

    @Test
    void higherRetentionMeansMoreReviewsPerDay() throws IOException {
        var reference = FsrsOptimizerReferenceTest.reference().get("histories");
        List<double[]> parameterSets = List.of(
                Fsrs.DEFAULT_PARAMETERS,
                FsrsOptimizerReferenceTest.parameters(
                        reference.get("fast-forgetter-3k").get("parameters")),
                FsrsOptimizerReferenceTest.parameters(reference.get("strong-6k").get("parameters")));
        for (double[] parameters : parameterSets) {
            List<WorkloadEstimate.Point> points =
                    WorkloadEstimate.estimate(deck(400, 3), parameters, NOW, settings(42));

            assertThat(points)
                    .extracting(WorkloadEstimate.Point::desiredRetention)
                    .containsExactlyElementsOf(WorkloadEstimate.RETENTIONS);
            for (int i = 1; i < points.size(); i++) {
                assertThat(points.get(i).reviewsPerDay())
                        .as("reviews per day at %s", points.get(i).desiredRetention())
                        .isGreaterThan(points.get(i - 1).reviewsPerDay());
            }
            assertThat(points.getLast().lapsesPerDay())
                    .isLessThan(points.getFirst().lapsesPerDay());
        }
    }

    @Test
    void sameSeedSameEstimate() {
        List<Card> cards = deck(100, 9);

        var first = WorkloadEstimate.estimate(cards, Fsrs.DEFAULT_PARAMETERS, NOW, settings(7));
        var second = WorkloadEstimate.estimate(cards, Fsrs.DEFAULT_PARAMETERS, NOW, settings(7));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void onlyNewCardsStillCostReviewsAndNothingCostsNothing() {
        var onlyNew = WorkloadEstimate.estimate(List.of(), Fsrs.DEFAULT_PARAMETERS, NOW, settings(1));
        var nothing = WorkloadEstimate.estimate(
                List.of(), Fsrs.DEFAULT_PARAMETERS, NOW, WorkloadEstimate.Settings.oneYear(1));

        assertThat(onlyNew).allSatisfy(p -> assertThat(p.reviewsPerDay()).isPositive());
        assertThat(nothing).allSatisfy(p -> assertThat(p.reviewsPerDay()).isZero());
    }

    @Test
    void habitsComeFromThePersonsOwnRatings() {
        Instant t = NOW;
        List<ReviewHistory> histories = List.of(
                new ReviewHistory(
                        "a",
                        List.of(
                                new ReviewHistory.Review(t, Rating.GOOD),
                                new ReviewHistory.Review(t.plus(Duration.ofDays(2)), Rating.HARD),
                                new ReviewHistory.Review(t.plus(Duration.ofDays(6)), Rating.GOOD))),
                new ReviewHistory(
                        "b",
                        List.of(
                                new ReviewHistory.Review(t, Rating.AGAIN),
                                new ReviewHistory.Review(t.plus(Duration.ofMinutes(5)), Rating.GOOD),
                                new ReviewHistory.Review(
                                        t.plus(Duration.ofDays(1).plusHours(1)), Rating.EASY),
                                new ReviewHistory.Review(t.plus(Duration.ofDays(5)), Rating.GOOD))));

        WorkloadEstimate.Habits habits = WorkloadEstimate.Habits.of(histories);

        assertThat(habits.firstRatings()).containsExactly(0.5, 0, 0.5, 0);
        assertThat(habits.hardShare()).isCloseTo(0.25, within(1e-12));
        assertThat(habits.easyShare()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new WorkloadEstimate.Settings(0, 0, 0, WorkloadEstimate.Habits.TYPICAL, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkloadEstimate.Settings(10, 0, 30, WorkloadEstimate.Habits.TYPICAL, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkloadEstimate.Habits(new double[] {0.5, 0.5, 0.5, 0}, 0.1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkloadEstimate.Habits(new double[] {0.2, 0.1, 0.6, 0.1}, 0.7, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkloadEstimate.estimate(
                        deck(WorkloadEstimate.MAX_CARDS, 1),
                        Fsrs.DEFAULT_PARAMETERS,
                        NOW,
                        new WorkloadEstimate.Settings(1, 1, 30, WorkloadEstimate.Habits.TYPICAL, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
