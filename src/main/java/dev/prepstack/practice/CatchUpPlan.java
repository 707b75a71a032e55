package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coming back after a break: when more cards are overdue than a day's reviews allow, the backlog is
 * spread over the next days, lowest retrievability first (the cards closest to being forgotten),
 * within the daily limit. Plain Java, no Spring.
 *
 * <p>Today's share is the {@code dailyLimit} overdue cards with the lowest retrievability now; the
 * rest wait and the queue leaves them out today. The days left are simulated as the planner does:
 * each day the backlog (what is overdue plus what falls due that day) gives up its weakest cards up
 * to the limit, each answered "good"; catching up ends on the first day that can take the whole
 * backlog. Scheduling itself stays FSRS-6's: a card's review, when it comes, is an ordinary one.
 *
 * @param overdue cards due now
 * @param dailyLimit reviews a day the minutes allow
 * @param today the cards in today's share, weakest first
 * @param waiting the overdue cards left for the next days
 * @param daysLeft days until the backlog is gone, today included
 */
public record CatchUpPlan(int overdue, int dailyLimit, List<Long> today, Set<Long> waiting, int daysLeft) {

    /** Longest catch-up simulated; a backlog that needs longer says so. */
    static final int MAX_DAYS = 365;

    /** Empty when the cards due now fit in today's reviews. */
    public static Optional<CatchUpPlan> of(Fsrs fsrs, Map<Long, Card> cards, Instant now, int dailyLimit) {
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("dailyLimit must be positive");
        }
        Comparator<Map.Entry<Long, Card>> weakestFirst = Comparator.<Map.Entry<Long, Card>>comparingDouble(
                        e -> fsrs.retrievability(e.getValue(), now))
                .thenComparing(e -> e.getValue().due())
                .thenComparing(Map.Entry::getKey);
        List<Long> overdue = cards.entrySet().stream()
                .filter(e -> !e.getValue().isNew() && !e.getValue().due().isAfter(now))
                .sorted(weakestFirst)
                .map(Map.Entry::getKey)
                .toList();
        if (overdue.size() <= dailyLimit) {
            return Optional.empty();
        }
        List<Long> today = List.copyOf(overdue.subList(0, dailyLimit));
        Set<Long> waiting = new LinkedHashSet<>(overdue.subList(dailyLimit, overdue.size()));
        return Optional.of(new CatchUpPlan(
                overdue.size(), dailyLimit, today, Set.copyOf(waiting), daysLeft(fsrs, cards, now, dailyLimit)));
    }

    private static int daysLeft(Fsrs fsrs, Map<Long, Card> cards, Instant now, int dailyLimit) {
        Map<Long, Card> state = new LinkedHashMap<>();
        cards.forEach((id, card) -> {
            if (!card.isNew()) {
                state.put(id, card);
            }
        });
        Instant startOfToday =
                LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int day = 0; day < MAX_DAYS; day++) {
            Instant at =
                    day == 0 ? now : startOfToday.plus(Duration.ofDays(day)).plusSeconds(12 * 3600);
            Instant dayEnd = startOfToday.plus(Duration.ofDays(day + 1L));
            List<Long> backlog = new ArrayList<>(state.entrySet().stream()
                    .filter(e -> !e.getValue().due().isAfter(at))
                    .sorted(Comparator.comparingDouble(e -> fsrs.retrievability(e.getValue(), at)))
                    .map(Map.Entry::getKey)
                    .toList());
            if (backlog.size() <= dailyLimit) {
                return day + 1;
            }
            for (long id : backlog.subList(0, dailyLimit)) {
                Card card = fsrs.review(state.get(id), Rating.GOOD, at);
                // Same-day steps count as part of the day's review; the card is next due after today.
                for (int step = 0; step < 10 && card.due().isBefore(dayEnd); step++) {
                    card = fsrs.review(card, Rating.GOOD, card.due());
                }
                state.put(id, card);
            }
        }
        return MAX_DAYS;
    }
}
