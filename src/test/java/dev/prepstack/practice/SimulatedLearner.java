package dev.prepstack.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A simulated learner whose true memory follows FSRS-6 with known parameters (fsrs-rs's model,
 * same-day reviews included), studying with our scheduler on default parameters: new cards each
 * day, one session a day (sometimes skipped), learning and relearning steps on the same day.
 * Deterministic for a profile. {@link #main} writes the reference histories under
 * src/test/resources/fsrs/histories/.
 */
final class SimulatedLearner {

    /**
     * @param firstRatings shares of again, hard, good, easy at a card's first review
     * @param hardShare share of "hard" among successful later reviews
     * @param easyShare share of "easy" among successful later reviews
     * @param skipDay chance that a day's session is skipped
     */
    record Profile(
            String name,
            double[] trueParameters,
            int cards,
            int newPerDay,
            int days,
            double desiredRetention,
            double[] firstRatings,
            double hardShare,
            double easyShare,
            double skipDay,
            long seed) {

        Profile withSeed(long otherSeed) {
            return new Profile(
                    name,
                    trueParameters,
                    cards,
                    newPerDay,
                    days,
                    desiredRetention,
                    firstRatings,
                    hardShare,
                    easyShare,
                    skipDay,
                    otherSeed);
        }
    }

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    /** The five reference learners: different memories, habits and sizes (about 1,000 to 10,000 reviews). */
    static List<Profile> referenceProfiles() {
        return List.of(
                new Profile(
                        "default-1k",
                        Fsrs.DEFAULT_PARAMETERS.clone(),
                        150,
                        10,
                        120,
                        0.90,
                        new double[] {0.20, 0.10, 0.60, 0.10},
                        0.10,
                        0.08,
                        0.10,
                        101),
                new Profile(
                        "fast-forgetter-3k",
                        new double[] {
                            0.08, 0.6, 1.4, 4.5, 7.2, 0.6, 2.4, 0.01, 1.5, 0.25, 0.9, 1.9, 0.08, 0.35, 1.4, 0.45, 2.2,
                            0.7, 0.25, 0.1, 0.35
                        },
                        270,
                        8,
                        240,
                        0.85,
                        new double[] {0.35, 0.15, 0.45, 0.05},
                        0.15,
                        0.05,
                        0.15,
                        202),
                new Profile(
                        "strong-6k",
                        new double[] {
                            0.5, 2.2, 4.5, 16.0, 5.6, 1.0, 2.0, 0.02, 2.2, 0.12, 1.1, 1.2, 0.04, 0.2, 1.9, 0.7, 1.5,
                            0.4, 0.05, 0.03, 0.12
                        },
                        700,
                        12,
                        330,
                        0.92,
                        new double[] {0.12, 0.08, 0.65, 0.15},
                        0.05,
                        0.15,
                        0.08,
                        303),
                new Profile(
                        "steep-curve-10k",
                        new double[] {
                            0.3, 1.0, 3.0, 10.0, 6.8, 0.7, 2.8, 0.005, 1.7, 0.18, 0.85, 1.6, 0.07, 0.28, 1.6, 0.55, 2.0,
                            0.6, 0.12, 0.07, 0.5
                        },
                        900,
                        10,
                        365,
                        0.90,
                        new double[] {0.25, 0.10, 0.55, 0.10},
                        0.12,
                        0.08,
                        0.12,
                        404),
                new Profile(
                        "hard-heavy-5k",
                        new double[] {
                            0.15, 0.9, 2.0, 7.0, 7.0, 0.75, 3.3, 0.003, 1.8, 0.2, 0.8, 1.4, 0.06, 0.25, 1.7, 0.5, 1.8,
                            0.9, 0.3, 0.2, 0.2
                        },
                        180,
                        10,
                        200,
                        0.95,
                        new double[] {0.30, 0.30, 0.35, 0.05},
                        0.35,
                        0.03,
                        0.08,
                        505));
    }

    private static final class SimCard {
        final String id;
        Card card;
        double s;
        double d;
        Instant last;
        final List<ReviewHistory.Review> reviews = new ArrayList<>();

        SimCard(String id, Instant at) {
            this.id = id;
            this.card = Card.fresh(at);
        }
    }

    static List<ReviewHistory> simulate(Profile p) {
        SplittableRandom random = new SplittableRandom(p.seed());
        double[] w = p.trueParameters();
        Fsrs scheduler = new Fsrs(
                Fsrs.DEFAULT_PARAMETERS,
                p.desiredRetention(),
                Fsrs.DEFAULT_LEARNING_STEPS,
                Fsrs.DEFAULT_RELEARNING_STEPS,
                Fsrs.DEFAULT_MAXIMUM_INTERVAL);
        List<SimCard> cards = new ArrayList<>();
        Comparator<SimCard> byDue =
                Comparator.comparing((SimCard c) -> c.card.due()).thenComparing(c -> c.id);
        PriorityQueue<SimCard> queue = new PriorityQueue<>(byDue);
        for (int day = 0; day < p.days(); day++) {
            Instant sessionStart = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(8));
            Instant sessionEnd = sessionStart.plus(Duration.ofHours(2));
            if (random.nextDouble() < p.skipDay()) {
                continue;
            }
            for (int n = 0; n < p.newPerDay() && cards.size() < p.cards(); n++) {
                SimCard c = new SimCard(String.format(Locale.ROOT, "c%05d", cards.size() + 1), sessionStart);
                cards.add(c);
                queue.add(c);
            }
            Instant clock = sessionStart;
            List<SimCard> later = new ArrayList<>();
            while (!queue.isEmpty() && queue.peek().card.due().isBefore(sessionEnd)) {
                SimCard c = queue.poll();
                Instant at = c.card.due().isAfter(clock) ? c.card.due() : clock;
                at = at.plusMillis(1 + random.nextInt(4000));
                Rating rating = review(c, at, w, p, random);
                c.reviews.add(new ReviewHistory.Review(at, rating));
                c.card = scheduler.review(c.card, rating, at);
                clock = at.plusSeconds(8);
                if (c.card.due().isBefore(sessionEnd)) {
                    queue.add(c);
                } else {
                    later.add(c);
                }
            }
            queue.addAll(later);
        }
        return cards.stream()
                .filter(c -> !c.reviews.isEmpty())
                .map(c -> new ReviewHistory(c.id, c.reviews))
                .toList();
    }

    /** The learner's answer, then its true memory after the review (fsrs-rs's formulas). */
    private static Rating review(SimCard c, Instant at, double[] w, Profile p, SplittableRandom random) {
        Rating rating;
        if (c.last == null) {
            rating = pick(p.firstRatings(), random);
            c.s = FsrsFormulas.clampStability(FsrsFormulas.initialStability(w, rating.grade()));
            c.d = FsrsFormulas.clampDifficulty(FsrsFormulas.initialDifficulty(w, rating.grade()));
        } else {
            int days = ReviewHistory.daysBetween(c.last, at);
            // Same-day answers use the real (fractional) elapsed time; the model does not score them.
            double elapsed = days > 0 ? days : Duration.between(c.last, at).toSeconds() / 86_400.0;
            double r = FsrsFormulas.retrievability(w, elapsed, c.s);
            if (random.nextDouble() < r) {
                double u = random.nextDouble();
                rating =
                        u < p.hardShare() ? Rating.HARD : u < p.hardShare() + p.easyShare() ? Rating.EASY : Rating.GOOD;
            } else {
                rating = Rating.AGAIN;
            }
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

    private static Rating pick(double[] shares, SplittableRandom random) {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += shares[i];
            if (u < sum) {
                return Rating.values()[i];
            }
        }
        return Rating.EASY;
    }

    static String csv(List<ReviewHistory> histories) {
        StringBuilder out = new StringBuilder("card_id,review_time,review_rating\n");
        for (ReviewHistory h : histories) {
            for (ReviewHistory.Review r : h.reviews()) {
                out.append(h.cardId())
                        .append(',')
                        .append(r.at().toEpochMilli())
                        .append(',')
                        .append(r.rating().grade())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static List<ReviewHistory> readCsv(Path file) throws IOException {
        Map<String, List<ReviewHistory.Review>> byCard = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            byCard.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new ReviewHistory.Review(
                            Instant.ofEpochMilli(Long.parseLong(f[1])),
                            Rating.parse(f[2]).orElseThrow()));
        }
        List<ReviewHistory> histories = new ArrayList<>();
        byCard.forEach((id, reviews) -> histories.add(new ReviewHistory(id, reviews)));
        return histories;
    }

    /** Writes the reference histories and their true parameters: {@code SimulatedLearner <dir>}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fsrs/histories");
        Files.createDirectories(dir);
        StringBuilder truth = new StringBuilder("{\n");
        List<Profile> profiles = referenceProfiles();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            List<ReviewHistory> histories = simulate(p);
            Files.writeString(dir.resolve(p.name() + ".csv"), csv(histories));
            int reviews = histories.stream().mapToInt(h -> h.reviews().size()).sum();
            truth.append("  \"")
                    .append(p.name())
                    .append("\": {\"reviews\": ")
                    .append(reviews)
                    .append(", \"cards\": ")
                    .append(histories.size())
                    .append(", \"seed\": ")
                    .append(p.seed())
                    .append(", \"desired_retention\": ")
                    .append(p.desiredRetention())
                    .append(", \"true_parameters\": ")
                    .append(Arrays.toString(p.trueParameters()))
                    .append(i + 1 < profiles.size() ? "},\n" : "}\n");
            System.out.printf(Locale.ROOT, "%s: %d cards, %d reviews%n", p.name(), histories.size(), reviews);
        }
        truth.append("}\n");
        Files.writeString(dir.resolve("true-parameters.json"), truth.toString());
    }
}
