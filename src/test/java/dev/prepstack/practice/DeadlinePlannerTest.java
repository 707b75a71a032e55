package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interview planner on small cases, and the benchmark's simulator core. */
class DeadlinePlannerTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private final DeadlinePlanner planner = new DeadlinePlanner(Fsrs.withRetention(0.90));

    private static List<DeadlinePlanner.PlanCard> newCards(int n) {
        List<DeadlinePlanner.PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cards.add(new DeadlinePlanner.PlanCard(i, "t" + (i % 3), null, null));
        }
        return cards;
    }

    @Test
    void everyNewQuestionIsIntroducedEvenlyBeforeTheReviewOnlyDays() {
        var forecast = planner.plan(newCards(30), new DeadlinePlanner.Settings(NOW, TODAY.plusDays(14), 1000, 0.9));

        assertThat(forecast.days()).hasSize(14);
        assertThat(forecast.introductionDays()).isEqualTo(12);
        assertThat(forecast.days().stream()
                        .mapToInt(DeadlinePlanner.Day::newCards)
                        .sum())
                .isEqualTo(30);
        assertThat(forecast.days().subList(12, 14)).allMatch(d -> d.newCards() == 0);
        assertThat(forecast.days().subList(0, 12)).allMatch(d -> d.newCards() == 2 || d.newCards() == 3);
        assertThat(forecast.newToday()).hasSize(3).containsExactly(0L, 1L, 2L);
        assertThat(forecast.unseenOnTheDay()).isZero();
        assertThat(forecast.meanRetrievability()).isGreaterThanOrEqualTo(0.9);
        assertThat(forecast.daysOverLimit()).isZero();
    }

    @Test
    void questionsIntroducedEarlierTodayCountTowardsTodaysPace() {
        List<DeadlinePlanner.PlanCard> cards = new ArrayList<>(newCards(27));
        Card learnt =
                Fsrs.withRetention(0.9).review(Card.fresh(NOW.minusSeconds(600)), Rating.GOOD, NOW.minusSeconds(600));
        for (int i = 27; i < 30; i++) {
            cards.add(new DeadlinePlanner.PlanCard(i, "t0", learnt, NOW.minusSeconds(600)));
        }

        var forecast = planner.plan(cards, new DeadlinePlanner.Settings(NOW, TODAY.plusDays(14), 1000, 0.9));

        assertThat(forecast.newToday())
                .as("three were already introduced today")
                .isEmpty();
    }

    @Test
    void onTheEveOfTheInterviewACardWeakOnTheDayIsBroughtForwardWhenTheMinutesAllow() {
        Fsrs fsrs = Fsrs.withRetention(0.90);
        Instant fiveDaysAgo = NOW.minus(Duration.ofDays(5));
        Card easy = fsrs.review(Card.fresh(fiveDaysAgo), Rating.EASY, fiveDaysAgo);
        assertThat(easy.due())
                .as("FSRS alone would not review it before the interview")
                .isAfter(NOW.plus(Duration.ofDays(2)));
        var card = List.of(new DeadlinePlanner.PlanCard(7, "t", easy, fiveDaysAgo));

        var planned = planner.plan(card, new DeadlinePlanner.Settings(NOW, TODAY.plusDays(1), 50, 0.97));
        var noTime = planner.plan(card, new DeadlinePlanner.Settings(NOW, TODAY.plusDays(1), 0, 0.97));

        assertThat(planned.reviewToday()).containsExactly(7L);
        assertThat(planned.retrievability().get(7L)).isGreaterThan(0.97);
        assertThat(noTime.reviewToday()).isEmpty();
        assertThat(noTime.retrievability().get(7L)).isBetween(0.85, 0.95);
        assertThat(noTime.meanRetrievability()).isLessThan(0.97);
    }

    @Test
    void farFromTheInterviewNothingIsBroughtForward() {
        Fsrs fsrs = Fsrs.withRetention(0.90);
        Instant fiveDaysAgo = NOW.minus(Duration.ofDays(5));
        Card easy = fsrs.review(Card.fresh(fiveDaysAgo), Rating.EASY, fiveDaysAgo);

        var forecast = planner.plan(
                List.of(new DeadlinePlanner.PlanCard(7, "t", easy, fiveDaysAgo)),
                new DeadlinePlanner.Settings(NOW, TODAY.plusDays(30), 50, 0.97));

        assertThat(forecast.reviewToday()).isEmpty();
        assertThat(forecast.retrievability().get(7L)).isGreaterThan(0.9);
    }

    @Test
    void aPlanBeyondTheMinutesStaysWithinThemAndReportsWhatItLeavesForLater() {
        var forecast = planner.plan(newCards(200), new DeadlinePlanner.Settings(NOW, TODAY.plusDays(5), 10, 0.9));

        assertThat(forecast.days())
                .as("no day takes more than the minutes allow")
                .allMatch(d -> d.reviews() <= 10);
        assertThat(forecast.daysOverLimit()).isPositive();
        assertThat(forecast.days()).allMatch(d -> d.needed() >= d.reviews());
        assertThat(forecast.peakReviews())
                .as("what the busiest day would need, for the 'more minutes' choice")
                .isGreaterThan(10);
        assertThat(forecast.unseenOnTheDay()).isPositive();
    }

    @Test
    void aPlanThatFitsNeverGoesOverTheMinutes() {
        var forecast = planner.plan(newCards(120), new DeadlinePlanner.Settings(NOW, TODAY.plusDays(21), 40, 0.9));

        assertThat(forecast.days()).allMatch(d -> d.reviews() <= 40 && !d.overLimit());
        assertThat(forecast.laterToday()).isEmpty();
        assertThat(forecast.unseenOnTheDay()).isZero();
        assertThat(forecast.meanRetrievability()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aFullDayLeavesTheReviewWorthLeastForLater() {
        Fsrs fsrs = Fsrs.withRetention(0.9);
        // Two cards due today: one learnt long ago and stable (a review adds little by the day),
        // one shaky (a review adds much); room for one review.
        Card stable = new Card(
                CardState.REVIEW, null, 60.0, 3.0, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(50)));
        Card shaky = new Card(
                CardState.REVIEW, null, 2.0, 7.0, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(2)));
        var cards = List.of(
                new DeadlinePlanner.PlanCard(1, "t", stable, NOW.minus(Duration.ofDays(90))),
                new DeadlinePlanner.PlanCard(2, "t", shaky, NOW.minus(Duration.ofDays(5))));

        var forecast = planner.plan(cards, new DeadlinePlanner.Settings(NOW, TODAY.plusDays(3), 1, 0.9));

        assertThat(forecast.laterToday()).containsExactly(1L);
        assertThat(forecast.days().getFirst().reviews()).isEqualTo(1);
        assertThat(fsrs.retrievability(stable, NOW)).isGreaterThan(fsrs.retrievability(shaky, NOW));
    }

    @Test
    void theSimulatedPlanShowsEveryQuestionAndIsReproducible() {
        var scenario = new PlanSimulation.Scenario(
                "small", 20, 7, 100, Fsrs.DEFAULT_PARAMETERS, new double[] {0.2, 0.1, 0.6, 0.1}, 5);

        var plan = PlanSimulation.run(scenario, PlanSimulation.Policy.PLAN);
        var again = PlanSimulation.run(scenario, PlanSimulation.Policy.PLAN);
        var plain = PlanSimulation.run(scenario, PlanSimulation.Policy.PLAIN_FSRS);

        assertThat(plan.seenShare()).isEqualTo(1.0);
        assertThat(plan.reviews()).isGreaterThanOrEqualTo(40);
        assertThat(plan.meanTrueRetrievability()).isBetween(0.5, 1.0);
        assertThat(again).isEqualTo(plan);
        assertThat(plain.seenShare()).isEqualTo(1.0);
        assertThat(plain.daysOverLimit()).isZero();
    }
}
