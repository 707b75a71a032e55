package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Coming back after a break: the backlog spread over the next days, weakest first, within the limit. */
class CatchUpPlanTest {

    static final Instant START = Instant.parse("2026-09-01T12:00:00Z");

    private final Fsrs fsrs = Fsrs.withRetention(0.90);

    /** 200 questions learnt over 40 days at 5 a day, every due review done, then a 30-day break. */
    private Map<Long, Card> afterABreak(SplittableRandom random) {
        Map<Long, Card> cards = new LinkedHashMap<>();
        for (int day = 0; day < 40; day++) {
            Instant at = START.plus(Duration.ofDays(day));
            for (var e : cards.entrySet()) {
                if (!e.getValue().due().isAfter(at)) {
                    Rating r = random.nextDouble() < 0.9 ? Rating.GOOD : Rating.HARD;
                    e.setValue(fsrs.review(e.getValue(), r, at));
                }
            }
            for (int n = 0; n < 5; n++) {
                Card c = fsrs.review(Card.fresh(at), Rating.GOOD, at);
                cards.put((long) cards.size(), fsrs.review(c, Rating.GOOD, c.due()));
            }
        }
        return cards;
    }

    @Test
    void afterAThirtyDayBreakTheBacklogIsSpreadOverTheNextDaysWeakestFirstWithinTheLimit() {
        Map<Long, Card> cards = afterABreak(new SplittableRandom(7));
        Instant back = START.plus(Duration.ofDays(70));
        int limit = 20;

        CatchUpPlan plan = CatchUpPlan.of(fsrs, cards, back, limit).orElseThrow();

        assertThat(plan.overdue()).isGreaterThan(limit);
        assertThat(plan.today()).hasSize(limit);
        assertThat(plan.waiting()).hasSize(plan.overdue() - limit).doesNotContainAnyElementsOf(plan.today());
        double weakestWaiting = plan.waiting().stream()
                .mapToDouble(id -> fsrs.retrievability(cards.get(id), back))
                .min()
                .orElseThrow();
        assertThat(plan.today())
                .as("today's share is the lowest retrievability")
                .allMatch(id -> fsrs.retrievability(cards.get(id), back) <= weakestWaiting);
        List<Double> order = plan.today().stream()
                .map(id -> fsrs.retrievability(cards.get(id), back))
                .toList();
        assertThat(order).isSorted();
        assertThat(plan.daysLeft()).isGreaterThanOrEqualTo((plan.overdue() + limit - 1) / limit);

        // Following the plan day by day: never more than the limit, and done in the days it said.
        Map<Long, Card> state = new LinkedHashMap<>(cards);
        int days = 0;
        Instant at = back;
        while (true) {
            var today = CatchUpPlan.of(fsrs, state, at, limit);
            days++;
            if (today.isEmpty()) {
                break;
            }
            assertThat(today.get().today()).hasSizeLessThanOrEqualTo(limit);
            for (long id : today.get().today()) {
                state.put(id, fsrs.review(state.get(id), Rating.GOOD, at));
            }
            at = at.plus(Duration.ofDays(1));
            assertThat(days).isLessThan(100);
        }
        assertThat(days).isEqualTo(plan.daysLeft());
    }

    @Test
    void whatFitsInADayNeedsNoCatchUp() {
        Map<Long, Card> cards = afterABreak(new SplittableRandom(3));

        assertThat(CatchUpPlan.of(fsrs, cards, START.plus(Duration.ofDays(40)), 200))
                .isEmpty();
    }
}
