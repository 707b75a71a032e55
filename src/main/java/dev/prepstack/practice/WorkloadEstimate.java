package dev.prepstack.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Reviews per day a person can expect at each desired retention, simulated for their own cards
 * and parameters, so that the choice of retention is informed. Each card is reviewed when the
 * scheduler makes it due; it is recalled with the probability the parameters predict, and rated
 * as the person usually rates ({@link Habits}). Cards are independent (no daily limit), and each
 * card draws its own random numbers from the seed, so every retention sees the same luck and the
 * result is deterministic. Plain Java, no Spring.
 */
public final class WorkloadEstimate {

    /** The retentions offered beside the setting. */
    public static final List<Double> RETENTIONS = List.of(0.80, 0.85, 0.90, 0.95, 0.97);

    /** Largest number of cards simulated; enough for any question bank we ship. */
    public static final int MAX_CARDS = 20_000;

    private static final Duration SESSION_OFFSET = Duration.ofHours(8);

    /**
     * @param desiredRetention the retention simulated
     * @param reviewsPerDay mean reviews per day over the horizon, same-day steps included
     * @param lapsesPerDay mean "again" answers per day after a card's first review
     */
    public record Point(double desiredRetention, double reviewsPerDay, double lapsesPerDay) {}

    /**
     * How a person rates: shares of again, hard, good and easy at a card's first review, and of
     * hard and easy among later successful reviews.
     */
    public record Habits(double[] firstRatings, double hardShare, double easyShare) {

        /** Typical shares when a person has no history yet. */
        public static final Habits TYPICAL = new Habits(new double[] {0.2, 0.1, 0.6, 0.1}, 0.1, 0.08);

        public Habits {
            if (firstRatings.length != 4) {
                throw new IllegalArgumentException("four first-rating shares are needed");
            }
            double sum = 0;
            for (double share : firstRatings) {
                if (!(share >= 0 && share <= 1)) {
                    throw new IllegalArgumentException("shares must be between 0 and 1");
                }
                sum += share;
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw new IllegalArgumentException("first-rating shares must add up to 1");
            }
            if (!(hardShare >= 0 && easyShare >= 0 && hardShare + easyShare <= 1)) {
                throw new IllegalArgumentException("hard and easy shares must be between 0 and 1 together");
            }
            firstRatings = firstRatings.clone();
        }

        @Override
        public double[] firstRatings() {
            return firstRatings.clone();
        }

        /** The person's own shares, from their reviews; typical shares where they have none. */
        public static Habits of(List<ReviewHistory> histories) {
            double[] first = new double[4];
            int firsts = 0;
            int successes = 0;
            int hard = 0;
            int easy = 0;
            for (ReviewHistory history : histories) {
                List<ReviewHistory.Review> reviews = history.reviews();
                for (int i = 0; i < reviews.size(); i++) {
                    int g = reviews.get(i).rating().grade();
                    if (i == 0) {
                        first[g - 1]++;
                        firsts++;
                    } else if (g > 1
                            && ReviewHistory.daysBetween(
                                            reviews.get(i - 1).at(),
                                            reviews.get(i).at())
                                    > 0) {
                        successes++;
                        hard += g == 2 ? 1 : 0;
                        easy += g == 4 ? 1 : 0;
                    }
                }
            }
            double[] firstShares = TYPICAL.firstRatings();
            if (firsts > 0) {
                for (int i = 0; i < 4; i++) {
                    firstShares[i] = first[i] / firsts;
                }
            }
            return successes == 0
                    ? new Habits(firstShares, TYPICAL.hardShare(), TYPICAL.easyShare())
                    : new Habits(firstShares, (double) hard / successes, (double) easy / successes);
        }
    }

    /**
     * @param newCards cards not yet studied that will be introduced
     * @param newCardsPerDay how many of them are introduced each day (at least 1 when there are any)
     * @param horizonDays days simulated
     */
    public record Settings(int newCards, int newCardsPerDay, int horizonDays, Habits habits, long seed) {

        public Settings {
            Objects.requireNonNull(habits, "habits");
            if (newCards < 0 || newCards > MAX_CARDS) {
                throw new IllegalArgumentException("new cards must be between 0 and " + MAX_CARDS);
            }
            if (newCards > 0 && newCardsPerDay < 1) {
                throw new IllegalArgumentException("new cards per day must be at least 1");
            }
            if (horizonDays < 1 || horizonDays > 3650) {
                throw new IllegalArgumentException("the horizon must be between 1 and 3650 days");
            }
        }

        /** A year, no new cards, typical habits. */
        public static Settings oneYear(long seed) {
            return new Settings(0, 0, 365, Habits.TYPICAL, seed);
        }
    }

    private WorkloadEstimate() {}

    /** The workload at each of {@link #RETENTIONS}. */
    public static List<Point> estimate(List<Card> cards, double[] parameters, Instant now, Settings settings) {
        return estimate(cards, parameters, now, settings, RETENTIONS);
    }

    public static List<Point> estimate(
            List<Card> cards, double[] parameters, Instant now, Settings settings, List<Double> retentions) {
        if (cards.size() + settings.newCards() > MAX_CARDS) {
            throw new IllegalArgumentException("at most " + MAX_CARDS + " cards can be simulated");
        }
        List<Point> points = new ArrayList<>();
        for (double retention : retentions) {
            Fsrs scheduler = new Fsrs(
                    parameters,
                    retention,
                    Fsrs.DEFAULT_LEARNING_STEPS,
                    Fsrs.DEFAULT_RELEARNING_STEPS,
                    Fsrs.DEFAULT_MAXIMUM_INTERVAL);
            Instant end = now.plus(Duration.ofDays(settings.horizonDays()));
            long reviews = 0;
            long lapses = 0;
            int index = 0;
            for (Card card : cards) {
                long[] counted = simulate(scheduler, card, now, end, settings, index++);
                reviews += counted[0];
                lapses += counted[1];
            }
            for (int n = 0; n < settings.newCards(); n++) {
                Instant start =
                        now.plus(Duration.ofDays(n / settings.newCardsPerDay())).plus(SESSION_OFFSET);
                long[] counted = simulate(scheduler, Card.fresh(start), start, end, settings, index++);
                reviews += counted[0];
                lapses += counted[1];
            }
            points.add(new Point(
                    retention, (double) reviews / settings.horizonDays(), (double) lapses / settings.horizonDays()));
        }
        return List.copyOf(points);
    }

    private static long[] simulate(Fsrs scheduler, Card card, Instant now, Instant end, Settings settings, int index) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + index);
        Habits habits = settings.habits();
        long reviews = 0;
        long lapses = 0;
        Instant at = card.due().isBefore(now) ? now : card.due();
        while (at.isBefore(end)) {
            Rating rating;
            if (card.isNew()) {
                rating = pick(habits.firstRatings, random.nextDouble());
            } else {
                double r = scheduler.retrievability(card, at);
                double u = random.nextDouble();
                double v = random.nextDouble();
                if (u >= r) {
                    rating = Rating.AGAIN;
                    lapses++;
                } else if (v < habits.hardShare()) {
                    rating = Rating.HARD;
                } else if (v < habits.hardShare() + habits.easyShare()) {
                    rating = Rating.EASY;
                } else {
                    rating = Rating.GOOD;
                }
            }
            card = scheduler.review(card, rating, at);
            reviews++;
            at = card.due();
        }
        return new long[] {reviews, lapses};
    }

    private static Rating pick(double[] shares, double u) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += shares[i];
            if (u < sum) {
                return Rating.values()[i];
            }
        }
        return Rating.EASY;
    }
}
