package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/**
 * Optional load balancing (off by default, a setting): evens out the days on which reviews fall due
 * by moving a new due date within FSRS's fuzz range to the day with the fewest cards due. Plain Java,
 * no Spring.
 *
 * <p>The range is py-fsrs's / fsrs-rs's fuzz range for the interval (1 day plus 15% of the part of
 * the interval between 2.5 and 7 days, 10% between 7 and 20, 5% beyond; at least 2 days, at most the
 * maximum interval), so a balanced interval is one that FSRS with fuzz could have given. Intervals
 * under 2.5 days and learning steps are never moved. Among the days in range the one with the fewest
 * cards due wins; ties go to the day closest to FSRS's own interval, then the earlier one. Off, the
 * schedule is exactly FSRS-6's (the reference vectors).
 */
public final class LoadBalancer {

    private static final double[][] FUZZ_RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, Double.MAX_VALUE, 0.05}};

    private final int maximumInterval;

    public LoadBalancer(int maximumInterval) {
        this.maximumInterval = maximumInterval;
    }

    /** The fuzz range {min, max} in days around an interval of {@code days}; {days, days} under 2.5. */
    int[] fuzzRange(double days) {
        if (days < 2.5) {
            int d = (int) Math.round(days);
            return new int[] {d, d};
        }
        double delta = 1.0;
        for (double[] r : FUZZ_RANGES) {
            delta += r[2] * Math.max(Math.min(days, r[1]) - r[0], 0.0);
        }
        int min = (int) Math.rint(days - delta);
        int max = (int) Math.rint(days + delta);
        min = Math.max(2, min);
        max = Math.min(max, maximumInterval);
        min = Math.min(min, max);
        return new int[] {min, max};
    }

    /**
     * The card as reviewed at {@code at}, due on the least busy day of its fuzz range.
     *
     * @param dueOn cards already due on a (UTC) day
     */
    public Card balance(Card next, Instant at, ToIntFunction<LocalDate> dueOn) {
        if (next.state() != CardState.REVIEW) {
            return next;
        }
        double days = Duration.between(at, next.due()).toSeconds() / 86_400.0;
        int[] range = fuzzRange(days);
        if (range[0] == range[1]) {
            return next;
        }
        LocalDate from = LocalDate.ofInstant(at, ZoneOffset.UTC);
        int best = -1;
        int bestLoad = Integer.MAX_VALUE;
        for (int d = range[0]; d <= range[1]; d++) {
            int load = dueOn.applyAsInt(from.plusDays(d));
            if (load < bestLoad || (load == bestLoad && Math.abs(d - days) < Math.abs(best - days))) {
                best = d;
                bestLoad = load;
            }
        }
        return next.withDue(at.plus(Duration.ofDays(best)));
    }
}
