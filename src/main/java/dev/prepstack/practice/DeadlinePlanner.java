package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the in-scope cards of one interview, day by day until the date (UTC days). Plain Java, no
 * Spring; the practice queue, the dashboard's forecast and the simulation benchmark all run it.
 *
 * <p>The rules, in the order each day applies them:
 *
 * <ol>
 *   <li>Cards FSRS makes due are reviewed, as without a plan: the plan never delays a review and
 *       never changes how a review updates a card, so scheduling stays FSRS-6's.
 *   <li>New in-scope questions are introduced at an even pace over the introduction days, so that
 *       each is seen at least once; the pace is recomputed every day from what is left.
 *   <li>The last days before the date (about a seventh of the time, 1 to 7 days) introduce nothing
 *       new: they are for review. There, cards whose predicted retrievability on the day is below
 *       the target are brought forward, spread evenly over those days (most stable first, so the
 *       least stable are reviewed closest to the date), as long as the day's minutes allow; the
 *       last day's spare minutes go to the cards weakest on the day.
 * </ol>
 *
 * <p>The forecast assumes each review is answered "good" (the expected outcome at the retention
 * FSRS aims for); practice happens at noon UTC and the interview is at noon on its date.
 */
public final class DeadlinePlanner {

    /** On the last day spare minutes go to cards predicted below this on the day. */
    static final double TOP_UP_BELOW = 0.95;

    private static final Duration PRACTICE_HOUR = Duration.ofHours(12);

    /** An in-scope card: {@code card} null while the question was never reviewed. */
    public record PlanCard(long id, String topic, Card card, Instant firstReview) {}

    /**
     * @param capacity reviews the minutes per day allow
     * @param target retrievability aimed for on the day
     */
    public record Settings(Instant now, LocalDate interviewOn, int capacity, double target) {}

    /** One planned day: new questions, reviews (same-day learning steps included). */
    public record Day(LocalDate date, int newCards, int reviews, boolean overLimit) {}

    /**
     * @param days the plan from today to the day before the interview
     * @param retrievability each card's predicted retrievability on the day (0 if never seen)
     * @param reviewToday cards the plan brings forward to today (beyond those FSRS makes due)
     * @param newToday new questions to introduce today, in order
     * @param introductionDays days on which new questions are introduced
     */
    public record Forecast(
            List<Day> days,
            Map<Long, Double> retrievability,
            Set<Long> reviewToday,
            List<Long> newToday,
            int introductionDays,
            int unseenOnTheDay) {

        public double meanRetrievability() {
            return retrievability.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(1);
        }

        public int daysOverLimit() {
            return (int) days.stream().filter(Day::overLimit).count();
        }

        /** The most reviews any day needs. */
        public int peakReviews() {
            return days.stream().mapToInt(Day::reviews).max().orElse(0);
        }
    }

    private final Fsrs fsrs;

    public DeadlinePlanner(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    /** Days kept for review only before an interview {@code horizon} days away. */
    static int reviewOnlyDays(long horizon) {
        return horizon <= 2 ? 0 : (int) Math.max(1, Math.min(7, Math.round(horizon / 7.0)));
    }

    public Forecast plan(List<PlanCard> cards, Settings settings) {
        LocalDate today = LocalDate.ofInstant(settings.now(), ZoneOffset.UTC);
        int horizon = (int) Math.max(0, ChronoUnit.DAYS.between(today, settings.interviewOn()));
        int introductionDays = Math.max(1, horizon - reviewOnlyDays(horizon));
        Instant interview =
                settings.interviewOn().atStartOfDay().toInstant(ZoneOffset.UTC).plus(PRACTICE_HOUR);
        Instant startOfToday = today.atStartOfDay().toInstant(ZoneOffset.UTC);

        Map<Long, Card> state = new LinkedHashMap<>();
        List<Long> unseen = new ArrayList<>();
        int introducedToday = split(cards, startOfToday, state, unseen);
        List<Day> days = new ArrayList<>();
        Set<Long> reviewToday = new HashSet<>();
        List<Long> newToday = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < horizon; i++) {
            Instant at = i == 0
                    ? settings.now()
                    : startOfToday.plus(Duration.ofDays(i)).plus(PRACTICE_HOUR);
            Instant dayEnd = startOfToday.plus(Duration.ofDays(i + 1L));
            Set<Long> reviewed = new HashSet<>();
            int work = reviewDue(state, at, dayEnd, reviewed);
            int newCards = 0;
            if (i < introductionDays) {
                int already = i == 0 ? introducedToday : 0;
                List<Long> introduced = unseen.subList(
                        next,
                        Math.min(unseen.size(), next + quota(unseen.size() - next, already, introductionDays - i)));
                for (long id : introduced) {
                    work += learn(state, id, Card.fresh(at), at, dayEnd);
                    reviewed.add(id);
                }
                newCards = introduced.size();
                next += newCards;
                if (i == 0) {
                    newToday.addAll(introduced);
                }
            }
            // The review-only days, and the eve of the interview in any case, bring weak cards forward.
            if (i >= introductionDays || i == horizon - 1) {
                List<Long> pulled = bringForward(state, reviewed, interview, settings, horizon - i, work, dayEnd);
                for (long id : pulled) {
                    work += learn(state, id, state.get(id), at, dayEnd);
                }
                if (i == 0) {
                    reviewToday.addAll(pulled);
                }
            }
            days.add(new Day(today.plusDays(i), newCards, work, work > settings.capacity()));
        }
        return new Forecast(
                List.copyOf(days),
                onTheDay(cards, state, interview),
                Set.copyOf(reviewToday),
                List.copyOf(newToday),
                horizon == 0 ? 0 : introductionDays,
                unseen.size() - next);
    }

    /** Puts seen cards in {@code state} and unseen ones in {@code unseen}; returns those first seen today. */
    private static int split(List<PlanCard> cards, Instant startOfToday, Map<Long, Card> state, List<Long> unseen) {
        int introducedToday = 0;
        for (PlanCard c : cards) {
            if (c.card() == null || c.card().isNew()) {
                unseen.add(c.id());
            } else {
                state.put(c.id(), c.card());
                if (c.firstReview() != null && !c.firstReview().isBefore(startOfToday)) {
                    introducedToday++;
                }
            }
        }
        return introducedToday;
    }

    /**
     * New questions to introduce today: an even share of those left over the introduction days
     * left, counting the ones already introduced earlier today.
     */
    static int quota(int unseen, int introducedToday, int introductionDaysLeft) {
        int left = unseen + introducedToday;
        return Math.max(0, (left + introductionDaysLeft - 1) / introductionDaysLeft - introducedToday);
    }

    private Map<Long, Double> onTheDay(List<PlanCard> cards, Map<Long, Card> state, Instant interview) {
        Map<Long, Double> retrievability = new LinkedHashMap<>();
        for (PlanCard c : cards) {
            Card card = state.get(c.id());
            retrievability.put(c.id(), card == null ? 0 : fsrs.retrievability(card, interview));
        }
        return retrievability;
    }

    /** Reviews every card due before the day ends, weakest first; returns the reviews done. */
    private int reviewDue(Map<Long, Card> state, Instant at, Instant dayEnd, Set<Long> reviewed) {
        List<Long> due = state.entrySet().stream()
                .filter(e -> e.getValue().due().isBefore(dayEnd))
                .sorted(Comparator.comparingDouble(e -> fsrs.retrievability(e.getValue(), at)))
                .map(Map.Entry::getKey)
                .toList();
        int work = 0;
        for (long id : due) {
            Card card = state.get(id);
            work += learn(state, id, card, card.due().isAfter(at) ? card.due() : at, dayEnd);
            reviewed.add(id);
        }
        return work;
    }

    /** Reviews a card "good" at {@code at}, then its same-day steps; returns the reviews done. */
    private int learn(Map<Long, Card> state, long id, Card card, Instant at, Instant dayEnd) {
        int work = 0;
        Instant when = at;
        do {
            card = fsrs.review(card, Rating.GOOD, when);
            work++;
            when = card.due();
        } while (card.due().isBefore(dayEnd) && work < 10);
        state.put(id, card);
        return work;
    }

    /** The cards a review-only day brings forward, within the day's spare reviews. */
    private List<Long> bringForward(
            Map<Long, Card> state,
            Set<Long> reviewed,
            Instant interview,
            Settings settings,
            int daysLeft,
            int work,
            Instant dayEnd) {
        int spare = settings.capacity() - work;
        if (spare <= 0) {
            return List.of();
        }
        record Candidate(long id, double onTheDay, double stability) {}
        List<Candidate> candidates = state.entrySet().stream()
                .filter(e ->
                        !reviewed.contains(e.getKey()) && !e.getValue().due().isBefore(dayEnd))
                .map(e -> new Candidate(
                        e.getKey(),
                        fsrs.retrievability(e.getValue(), interview),
                        e.getValue().stability() == null ? 0 : e.getValue().stability()))
                .toList();
        List<Candidate> below = candidates.stream()
                .filter(c -> c.onTheDay() < settings.target())
                .sorted(Comparator.comparingDouble(Candidate::stability).reversed())
                .toList();
        int share = (below.size() + daysLeft - 1) / daysLeft;
        List<Long> pulled = new ArrayList<>();
        for (Candidate c : below) {
            if (pulled.size() >= Math.min(share, spare)) {
                break;
            }
            pulled.add(c.id());
        }
        // Spare reviews then go to the cards weakest on the day, again spread over the days left.
        List<Candidate> weak = candidates.stream()
                .filter(c -> c.onTheDay() < TOP_UP_BELOW && !pulled.contains(c.id()))
                .sorted(Comparator.comparingDouble(Candidate::onTheDay))
                .toList();
        int topUp = Math.min(spare - pulled.size(), (weak.size() + daysLeft - 1) / daysLeft);
        weak.stream().limit(Math.max(0, topUp)).forEach(c -> pulled.add(c.id()));
        return pulled;
    }
}
