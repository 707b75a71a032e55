package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The interview-plan benchmark's simulator (bench/plan-sim.sh): a learner whose true memory follows
 * FSRS-6 with known parameters studies a bank of new in-scope questions until an interview, once a
 * day at noon, with our scheduler on the default parameters at 0.90. Two policies side by side on
 * the same learner and luck: plain FSRS (every due review, then new questions while the day's
 * minutes last, at most 20 a day as Anki's default) and the interview plan ({@link
 * DeadlinePlanner}: every due review, the plan's new questions and the reviews it brings forward).
 */
final class PlanSimulation {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final int PLAIN_NEW_PER_DAY = 20;

    enum Policy {
        PLAIN_FSRS,
        PLAN
    }

    /**
     * @param capacity reviews a day the minutes allow
     * @param firstRatings shares of again, hard, good, easy at a question's first review
     */
    record Scenario(
            String name,
            int cards,
            int horizonDays,
            int capacity,
            double[] trueParameters,
            double[] firstRatings,
            long seed,
            int breakFrom,
            int breakDays) {

        Scenario(
                String name,
                int cards,
                int horizonDays,
                int capacity,
                double[] trueParameters,
                double[] firstRatings,
                long seed) {
            this(name, cards, horizonDays, capacity, trueParameters, firstRatings, seed, 0, 0);
        }

        /** A day of the break: the learner does not practise at all. */
        boolean away(int day) {
            return day >= breakFrom && day < breakFrom + breakDays;
        }
    }

    /**
     * @param meanTrueRetrievability the learner's true retrievability on the day, averaged over all
     *     in-scope questions (0 for a question never seen)
     */
    record Result(
            Policy policy,
            double meanTrueRetrievability,
            double seenShare,
            int reviews,
            int daysOverLimit,
            int peakReviews,
            int daysShort) {}

    private static final class SimCard {
        final long id;
        Card card;
        double s;
        double d;
        Instant last;
        Instant first;

        SimCard(long id) {
            this.id = id;
        }
    }

    static Result run(Scenario sc, Policy policy) {
        SplittableRandom random = new SplittableRandom(sc.seed());
        Fsrs scheduler = Fsrs.withRetention(0.90);
        DeadlinePlanner planner = new DeadlinePlanner(scheduler);
        LocalDate interviewOn = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(sc.horizonDays());
        Instant interview = interviewOn.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(12));
        List<SimCard> cards = new ArrayList<>();
        for (int i = 0; i < sc.cards(); i++) {
            cards.add(new SimCard(i));
        }
        int reviews = 0;
        int over = 0;
        int peak = 0;
        int daysShort = 0;
        for (int day = 0; day < sc.horizonDays(); day++) {
            if (sc.away(day)) {
                continue;
            }
            Instant noon = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(12));
            Instant dayEnd = START.plus(Duration.ofDays(day + 1L));
            List<SimCard> today = new ArrayList<>();
            boolean shortToday = false;
            cards.stream()
                    .filter(c -> c.card != null && c.card.due().isBefore(dayEnd))
                    .sorted(Comparator.comparing((SimCard c) -> c.card.due()))
                    .forEach(today::add);
            if (policy == Policy.PLAN) {
                List<DeadlinePlanner.PlanCard> view = cards.stream()
                        .map(c -> new DeadlinePlanner.PlanCard(c.id, "t" + (c.id % 5), c.card, c.first))
                        .toList();
                var forecast = planner.plan(view, new DeadlinePlanner.Settings(noon, interviewOn, sc.capacity(), 0.90));
                shortToday = !forecast.laterToday().isEmpty()
                        || forecast.days().getFirst().overLimit();
                today.removeIf(c -> forecast.laterToday().contains(c.id));
                forecast.reviewToday().forEach(id -> today.add(cards.get(Math.toIntExact(id))));
                forecast.newToday().forEach(id -> today.add(cards.get(Math.toIntExact(id))));
            }
            // The plan stops at the limit: what the learner's own answers add beyond the forecast
            // (an "again" needs its same-day steps) waits for tomorrow, latest-due first.
            int limit = policy == Policy.PLAN ? sc.capacity() : Integer.MAX_VALUE;
            int[] leftOver = {0};
            int work = session(today, scheduler, sc, noon, dayEnd, random, limit, leftOver);
            shortToday |= leftOver[0] > 0;
            if (policy == Policy.PLAIN_FSRS) {
                int introduced = 0;
                for (SimCard c : cards) {
                    if (work >= sc.capacity() || introduced >= PLAIN_NEW_PER_DAY) {
                        break;
                    }
                    if (c.card == null) {
                        work += session(List.of(c), scheduler, sc, noon, dayEnd, random, Integer.MAX_VALUE, new int[1]);
                        introduced++;
                    }
                }
            }
            reviews += work;
            peak = Math.max(peak, work);
            over += work > sc.capacity() ? 1 : 0;
            daysShort += shortToday ? 1 : 0;
        }
        double sum = 0;
        int seen = 0;
        for (SimCard c : cards) {
            if (c.last != null) {
                seen++;
                sum += FsrsFormulas.retrievability(
                        sc.trueParameters(), ReviewHistory.daysBetween(c.last, interview), c.s);
            }
        }
        return new Result(policy, sum / cards.size(), (double) seen / cards.size(), reviews, over, peak, daysShort);
    }

    /** One day's session over the given cards, same-day steps included; returns the reviews done. */
    private static int session(
            List<SimCard> cards,
            Fsrs scheduler,
            Scenario sc,
            Instant start,
            Instant dayEnd,
            SplittableRandom random,
            int limit,
            int[] leftOver) {
        int work = 0;
        Set<Long> reviewedToday = new HashSet<>();
        List<SimCard> queue = new ArrayList<>(new java.util.LinkedHashSet<>(cards));
        Instant clock = start;
        while (!queue.isEmpty() && work < limit) {
            queue.sort(Comparator.comparing((SimCard c) -> c.card == null ? Instant.MIN : c.card.due()));
            SimCard c = queue.removeFirst();
            if (c.card == null) {
                c.card = Card.fresh(clock);
                c.first = clock;
            }
            // A same-day step waits for its time; anything else is answered now.
            Instant at = reviewedToday.contains(c.id) && c.card.due().isAfter(clock) ? c.card.due() : clock;
            reviewedToday.add(c.id);
            Rating rating = answer(c, at, sc, random);
            c.card = scheduler.review(c.card, rating, at);
            work++;
            clock = at.plusSeconds(60);
            if (c.card.due().isBefore(dayEnd)) {
                queue.add(c);
            }
        }
        leftOver[0] = queue.size();
        return work;
    }

    /** The learner's answer from their true memory, which it then updates (fsrs-rs's formulas). */
    private static Rating answer(SimCard c, Instant at, Scenario sc, SplittableRandom random) {
        double[] w = sc.trueParameters();
        Rating rating;
        if (c.last == null) {
            double u = random.nextDouble();
            double[] shares = sc.firstRatings();
            rating = u < shares[0]
                    ? Rating.AGAIN
                    : u < shares[0] + shares[1]
                            ? Rating.HARD
                            : u < shares[0] + shares[1] + shares[2] ? Rating.GOOD : Rating.EASY;
            c.s = FsrsFormulas.clampStability(FsrsFormulas.initialStability(w, rating.grade()));
            c.d = FsrsFormulas.clampDifficulty(FsrsFormulas.initialDifficulty(w, rating.grade()));
        } else {
            int days = ReviewHistory.daysBetween(c.last, at);
            double elapsed = days > 0 ? days : Duration.between(c.last, at).toSeconds() / 86_400.0;
            double r = FsrsFormulas.retrievability(w, elapsed, c.s);
            rating = random.nextDouble() < r ? Rating.GOOD : Rating.AGAIN;
            int g = rating.grade();
            double next;
            if (days == 0) {
                next = FsrsFormulas.shortTermStability(w, c.s, g, 2);
            } else {
                double rDays = FsrsFormulas.retrievability(w, days, c.s);
                next = g == 1
                        ? FsrsFormulas.forgetStability(w, c.d, c.s, rDays)
                        : FsrsFormulas.recallStability(w, c.d, c.s, rDays, g);
            }
            c.s = FsrsFormulas.clampStability(next);
            c.d = FsrsFormulas.clampDifficulty(FsrsFormulas.nextDifficulty(w, c.d, g));
        }
        c.last = at;
        return rating;
    }

    /**
     * The benchmark's scenarios: a 21-day and a 60-day horizon, a tight and an ample daily limit, two
     * learners, and a 30-day break (coming back with a backlog).
     */
    static List<Scenario> scenarios() {
        double[] typical = {0.20, 0.10, 0.60, 0.10};
        double[] forgetter = SimulatedLearner.referenceProfiles().get(1).trueParameters();
        return List.of(
                new Scenario(
                        "21 days, 150 questions, default memory", 150, 21, 40, Fsrs.DEFAULT_PARAMETERS, typical, 21),
                new Scenario(
                        "21 days, 150 questions, default memory", 150, 21, 50, Fsrs.DEFAULT_PARAMETERS, typical, 23),
                new Scenario("21 days, 150 questions, fast forgetter", 150, 21, 50, forgetter, typical, 22),
                new Scenario(
                        "60 days, 400 questions, default memory", 400, 60, 40, Fsrs.DEFAULT_PARAMETERS, typical, 62),
                new Scenario(
                        "60 days, 400 questions, default memory", 400, 60, 60, Fsrs.DEFAULT_PARAMETERS, typical, 60),
                new Scenario("60 days, 400 questions, fast forgetter", 400, 60, 60, forgetter, typical, 61),
                new Scenario(
                        "60 days, 200 questions, default memory, 30-day break (days 20-49)",
                        200,
                        60,
                        60,
                        Fsrs.DEFAULT_PARAMETERS,
                        typical,
                        63,
                        20,
                        30));
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.println(
                "| scenario | policy | mean true R on the day | seen at least once | reviews | days over the limit | days with work left for later | peak reviews/day |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Scenario base : scenarios()) {
            for (Policy policy : Policy.values()) {
                double r = 0;
                double seen = 0;
                double reviews = 0;
                double over = 0;
                double shortDays = 0;
                int peak = 0;
                for (int s = 0; s < seeds; s++) {
                    Scenario sc = new Scenario(
                            base.name(),
                            base.cards(),
                            base.horizonDays(),
                            base.capacity(),
                            base.trueParameters(),
                            base.firstRatings(),
                            base.seed() * 1000 + s,
                            base.breakFrom(),
                            base.breakDays());
                    Result result = run(sc, policy);
                    r += result.meanTrueRetrievability();
                    seen += result.seenShare();
                    reviews += result.reviews();
                    over += result.daysOverLimit();
                    shortDays += result.daysShort();
                    peak = Math.max(peak, result.peakReviews());
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s (limit %d reviews/day) | %s | %.3f | %.1f%% | %.0f | %.1f | %.1f | %d |%n",
                        base.name(),
                        base.capacity(),
                        policy == Policy.PLAN ? "interview plan" : "plain FSRS 0.90",
                        r / seeds,
                        100 * seen / seeds,
                        reviews / seeds,
                        over / seeds,
                        shortDays / seeds,
                        peak);
            }
        }
    }
}
