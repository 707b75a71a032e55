package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Load balancing within FSRS's fuzz range: the range itself, and a spiky forecast made flat. */
class LoadBalancerTest {

    static final Instant DAY0 = Instant.parse("2026-10-01T12:00:00Z");

    private final LoadBalancer balancer = new LoadBalancer(Fsrs.DEFAULT_MAXIMUM_INTERVAL);
    private final Fsrs fsrs = Fsrs.withRetention(0.90);

    @Test
    void theRangeIsFsrsFuzzRange() {
        // py-fsrs 6 _get_fuzz_range: 1 day + 15% of (2.5, 7], 10% of (7, 20], 5% beyond, at least 2.
        assertThat(balancer.fuzzRange(2)).containsExactly(2, 2);
        assertThat(balancer.fuzzRange(3)).containsExactly(2, 4);
        assertThat(balancer.fuzzRange(10)).containsExactly(8, 12);
        assertThat(balancer.fuzzRange(100)).containsExactly(93, 107);
        assertThat(new LoadBalancer(100).fuzzRange(100)).containsExactly(93, 100);
    }

    @Test
    void learningStepsAndShortIntervalsAreNeverMoved() {
        Card learning = fsrs.review(Card.fresh(DAY0), Rating.GOOD, DAY0);
        Card twoDays = new Card(CardState.REVIEW, null, 2.0, 5.0, DAY0.plus(Duration.ofDays(2)), DAY0);

        assertThat(balancer.balance(learning, DAY0, d -> 1000)).isEqualTo(learning);
        assertThat(balancer.balance(twoDays, DAY0, d -> 1000)).isEqualTo(twoDays);
    }

    @Test
    void aSpikyForecastIsFlattenedWithinTheFuzzRange() {
        // 300 cards learnt on the same few days come due together: a spiky forecast.
        SplittableRandom random = new SplittableRandom(11);
        Map<LocalDate, Integer> plain = new HashMap<>();
        Map<LocalDate, Integer> balanced = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Instant at = DAY0.plus(Duration.ofDays(random.nextInt(3)));
            Card learnt = fsrs.review(fsrs.review(Card.fresh(at), Rating.GOOD, at), Rating.GOOD, at.plusSeconds(600));
            Card next = fsrs.review(learnt, i % 4 == 0 ? Rating.EASY : Rating.GOOD, at.plus(Duration.ofDays(3)));
            Instant reviewed = at.plus(Duration.ofDays(3));
            plain.merge(day(next.due()), 1, Integer::sum);
            Card moved = balancer.balance(next, reviewed, d -> balanced.getOrDefault(d, 0));
            balanced.merge(day(moved.due()), 1, Integer::sum);

            long plainDays = Duration.between(reviewed, next.due()).toDays();
            long movedDays = Duration.between(reviewed, moved.due()).toDays();
            int[] range = balancer.fuzzRange(plainDays);
            assertThat(movedDays).isBetween((long) range[0], (long) range[1]);
        }

        int plainPeak =
                plain.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int balancedPeak =
                balanced.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(balanced.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(balancedPeak)
                .as("peak day: %s plain, %s balanced", plainPeak, balancedPeak)
                .isLessThanOrEqualTo(plainPeak / 2);
        assertThat(balanced.size()).isGreaterThan(plain.size());
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
