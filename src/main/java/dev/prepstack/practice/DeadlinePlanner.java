package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *   <li>Cards FSRS makes due are reviewed, as without a plan: the plan never delays a review that
 *       fits the day's minutes and never changes how a review updates a card, so scheduling stays
 *       FSRS-6's.
 *   <li>New in-scope questions are introduced at an even pace over the introduction days, so that
 *       each is seen at least once; the pace is recomputed every day from what is left.
 *   <li>A day never takes more reviews than the minutes per day allow. When the due reviews and the
 *       day's new questions need more, the day keeps those worth most per review and leaves the
 *       rest for later (lowest value first): a review is worth what it adds to the card's predicted
 *       retrievability on the day, a new question what its first session gives (from 0), divided
 *       by the reviews it takes (same-day steps included). A review left for later stays due and
 *       comes first the next day; a question left unseen joins the next day's pace.
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

    /**
     * One planned day: new questions, reviews (same-day learning steps included), never more than the
     * capacity; {@code leftForLater} counts the due reviews and the paced new questions the day could
     * not take, and {@code needed} the reviews the day would have taken without the limit.
     */
    public record Day(LocalDate date, int newCards, int reviews, int leftForLater, int needed) {

        /** The day needs more than the minutes per day allow: something was left for later. */
        public boolean overLimit() {
            return leftForLater > 0;
        }
    }

    /**
     * @param days the plan from today to the day before the interview
     * @param retrievability each card's predicted retrievability on the day (0 if never seen)
     * @param reviewToday cards the plan brings forward to today (beyond those FSRS makes due)
     * @param laterToday cards due today that the day's minutes leave for a later day
     * @param newToday new questions to introduce today, in order
     * @param introductionDays days on which new questions are introduced
     */
    public record Forecast(
            List<Day> days,
            Map<Long, Double> retrievability,
            Set<Long> reviewToday,
            Set<Long> laterToday,
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

        /** The most reviews any day needs, limit or not. */
        public int peakReviews() {
            return days.stream().mapToInt(Day::needed).max().orElse(0);
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
        Set<Long> laterToday = new HashSet<>();
        List<Long> newToday = new ArrayList<>();
        for (int i = 0; i < horizon; i++) {
            Instant at = i == 0
                    ? settings.now()
                    : startOfToday.plus(Duration.ofDays(i)).plus(PRACTICE_HOUR);
            Instant dayEnd = startOfToday.plus(Duration.ofDays(i + 1L));
            List<Long> paced = i < introductionDays
                    ? paced(unseen, i == 0 ? introducedToday : 0, introductionDays - i)
                    : List.of();
            Choice choice = choose(state, paced, at, dayEnd, interview, settings.capacity());
            Set<Long> reviewed = new HashSet<>();
            int work = learnTaken(state, choice, at, dayEnd, reviewed);
            List<Long> introduced = choice.taken().stream()
                    .filter(o -> o.card() == null)
                    .map(Option::id)
                    .toList();
            unseen.removeAll(introduced);
            if (i == 0) {
                newToday.addAll(introduced);
                choice.left().stream().filter(o -> o.card() != null).forEach(o -> laterToday.add(o.id()));
            }
            // The review-only days, and the eve of the interview in any case, bring weak cards forward.
            if (i >= introductionDays || i == horizon - 1) {
                List<Long> pulled = bringForward(state, reviewed, interview, settings, horizon - i, work, dayEnd);
                work += learnAll(state, pulled, at, dayEnd);
                if (i == 0) {
                    reviewToday.addAll(pulled);
                }
            }
            days.add(new Day(
                    today.plusDays(i),
                    introduced.size(),
                    work,
                    choice.left().size(),
                    work + choice.left().stream().mapToInt(Option::cost).sum()));
        }
        return new Forecast(
                List.copyOf(days),
                onTheDay(cards, state, interview),
                Set.copyOf(reviewToday),
                Set.copyOf(laterToday),
                List.copyOf(newToday),
                horizon == 0 ? 0 : introductionDays,
                unseen.size());
    }

    /** Reviews the cards brought forward; returns their work. */
    private int learnAll(Map<Long, Card> state, List<Long> ids, Instant at, Instant dayEnd) {
        int work = 0;
        for (long id : ids) {
            work += learn(state, id, state.get(id), at, dayEnd);
        }
        return work;
    }

    /** Today's share of the questions not seen yet, at an even pace over the days left for them. */
    private static List<Long> paced(List<Long> unseen, int alreadyToday, int daysLeft) {
        return List.copyOf(unseen.subList(0, Math.min(unseen.size(), quota(unseen.size(), alreadyToday, daysLeft))));
    }

    /** Learns what the day takes (new questions and reviews) into {@code reviewed}; returns the day's work. */
    private int learnTaken(Map<Long, Card> state, Choice choice, Instant at, Instant dayEnd, Set<Long> reviewed) {
        int work = 0;
        for (Option o : choice.taken()) {
            Card card = o.card() == null ? Card.fresh(at) : o.card();
            Instant when = o.card() == null || !card.due().isAfter(at) ? at : card.due();
            work += learn(state, o.id(), card, when, dayEnd);
            reviewed.add(o.id());
        }
        return work;
    }

    /**
     * A review or a new question the day may take: {@code card} null for a new one; {@code cost} the
     * reviews it takes today, {@code gain} what it adds to the card's retrievability on the day.
     */
    record Option(long id, Card card, int cost, double gain) {

        double valuePerReview() {
            return gain / Math.max(1, cost);
        }
    }

    /** What a day takes within its capacity, and what it leaves for later. */
    record Choice(List<Option> taken, List<Option> left) {}

    /**
     * The due reviews (weakest first) and the paced new questions, all of them when they fit;
     * otherwise those worth most per review, the rest left for later.
     */
    Choice choose(
            Map<Long, Card> state, List<Long> paced, Instant at, Instant dayEnd, Instant interview, int capacity) {
        List<Option> options = new ArrayList<>();
        state.entrySet().stream()
                .filter(e -> e.getValue().due().isBefore(dayEnd))
                .sorted(Comparator.comparingDouble(e -> fsrs.retrievability(e.getValue(), at)))
                .forEach(e -> options.add(option(e.getKey(), e.getValue(), at, dayEnd, interview)));
        paced.forEach(id -> options.add(option(id, null, at, dayEnd, interview)));
        int needed = options.stream().mapToInt(Option::cost).sum();
        if (needed <= capacity) {
            return new Choice(options, List.of());
        }
        List<Option> byValue = new ArrayList<>(options);
        byValue.sort(Comparator.comparingDouble(Option::valuePerReview).reversed());
        List<Option> taken = new ArrayList<>();
        List<Option> left = new ArrayList<>();
        int work = 0;
        for (Option o : byValue) {
            if (work + o.cost() <= capacity) {
                taken.add(o);
                work += o.cost();
            } else {
                left.add(o);
            }
        }
        // Applied in the usual order (reviews weakest first, then new ones), only the selection changes.
        taken.sort(Comparator.comparingInt(options::indexOf));
        return new Choice(List.copyOf(taken), List.copyOf(left));
    }

    private Option option(long id, Card card, Instant at, Instant dayEnd, Instant interview) {
        Map<Long, Card> scratch = new HashMap<>();
        Card start = card == null ? Card.fresh(at) : card;
        Instant when = card == null || !start.due().isAfter(at) ? at : start.due();
        int cost = learn(scratch, id, start, when, dayEnd);
        double before = card == null ? 0 : fsrs.retrievability(card, interview);
        return new Option(id, card, cost, fsrs.retrievability(scratch.get(id), interview) - before);
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
