package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class FsrsOptimizerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static SimulatedLearner.Profile profile(String name) {
        return SimulatedLearner.referenceProfiles().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        List<FsrsItem> items = FsrsItem.of(
                        SimulatedLearner.simulate(profile("hard-heavy-5k").withSeed(7)))
                .subList(0, 400);
        double[][] points = {
            Fsrs.DEFAULT_PARAMETERS.clone(),
            {
                0.3, 1.1, 2.9, 9.0, 6.9, 0.7, 2.6, 0.04, 1.6, 0.2, 0.9, 1.7, 0.1, 0.3, 1.5, 0.55, 2.1, 0.8, 0.35, 0.15,
                0.45
            }
        };
        for (double[] w : points) {
            double[] grad = new double[21];
            FsrsLoss model = new FsrsLoss(w);
            for (int k = 0; k < items.size(); k++) {
                model.loss(items.get(k), 0.25 + k * 0.001, grad);
            }
            for (int i = 0; i < 21; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[i]));
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[i] += h;
                minus[i] -= h;
                double numeric = (totalLoss(plus, items) - totalLoss(minus, items)) / (2 * h);
                assertThat(grad[i])
                        .as("d loss / d w[%d] at %s", i, w == points[0] ? "defaults" : "another point")
                        .isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    private static double totalLoss(double[] w, List<FsrsItem> items) {
        FsrsLoss model = new FsrsLoss(w);
        double sum = 0;
        for (int k = 0; k < items.size(); k++) {
            sum += model.loss(items.get(k), 0.25 + k * 0.001, null);
        }
        return sum;
    }

    @Test
    void gradientSeesEveryParameterOnARichHistory() {
        List<FsrsItem> items =
                FsrsItem.of(SimulatedLearner.simulate(profile("hard-heavy-5k").withSeed(7)));
        double[] grad = new double[21];
        FsrsLoss model = new FsrsLoss(Fsrs.DEFAULT_PARAMETERS);
        items.forEach(item -> model.loss(item, 1, grad));
        for (int i = 0; i < 21; i++) {
            assertThat(grad[i]).as("w[%d]", i).isNotZero();
        }
    }

    @Test
    void fittedParametersStayWithinFsrsRsBounds() throws IOException {
        for (String name : List.of("fast-forgetter-3k", "hard-heavy-5k")) {
            List<ReviewHistory> histories = FsrsOptimizerReferenceTest.history(name);
            for (int relearningSteps : new int[] {1, 3}) {
                double[] w =
                        new FsrsOptimizer(relearningSteps).optimise(histories).parameters();
                double[][] bounds = FsrsBounds.of(w, relearningSteps, true);
                for (int i = 0; i < 21; i++) {
                    assertThat(w[i]).as("%s w[%d]", name, i).isBetween(bounds[i][0], bounds[i][1]);
                }
            }
        }
    }

    @Test
    void moreRelearningStepsCapTheShortTermParameters() {
        double[] w = Fsrs.DEFAULT_PARAMETERS.clone();
        w[17] = 1.9;
        w[18] = 1.9;

        FsrsBounds.clip(w, 3, true);

        double ceiling = Math.sqrt(-(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / 3);
        assertThat(w[17]).isCloseTo(ceiling, within(1e-12));
        assertThat(w[18]).isCloseTo(ceiling, within(1e-12));
    }

    @Test
    void saysSoInsteadOfFittingWhenThereAreTooFewReviews() {
        List<ReviewHistory> few = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            few.add(new ReviewHistory(
                    "card" + c, List.of(review(0, Rating.GOOD), review(3, c == 0 ? Rating.AGAIN : Rating.GOOD))));
        }

        OptimisationResult result = new FsrsOptimizer().optimise(few);

        assertThat(result.outcome()).isEqualTo(OptimisationResult.Outcome.NOT_ENOUGH_REVIEWS);
        assertThat(result.optimised()).isFalse();
        assertThat(result.parameters()).containsExactly(Fsrs.DEFAULT_PARAMETERS);
        // Five cards with the same first interval are a group too small to keep (fsrs-rs's outlier rule).
        assertThat(result.reviewsUsed()).isLessThan(FsrsOptimizer.MINIMUM_FOR_INITIAL_STABILITIES);
        assertThat(new FsrsOptimizer().optimise(List.of()).outcome())
                .isEqualTo(OptimisationResult.Outcome.NOT_ENOUGH_REVIEWS);
    }

    @Test
    void fitsOnlyTheInitialStabilitiesBelowFsrsRsMinimum() {
        List<ReviewHistory> histories = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            Rating first = c % 4 == 0 ? Rating.AGAIN : Rating.GOOD;
            histories.add(new ReviewHistory(
                    "card" + c,
                    List.of(
                            review(0, first),
                            review(1 + c % 2, c % 5 == 0 ? Rating.AGAIN : Rating.GOOD),
                            review(6 + c % 3, Rating.GOOD))));
        }

        OptimisationResult result = new FsrsOptimizer().optimise(histories);

        assertThat(result.outcome()).isEqualTo(OptimisationResult.Outcome.INITIAL_STABILITIES_ONLY);
        assertThat(result.reviewsUsed()).isLessThan(FsrsOptimizer.MINIMUM_REVIEWS);
        double[] w = result.parameters();
        for (int i = 4; i < 21; i++) {
            assertThat(w[i]).isEqualTo(Fsrs.DEFAULT_PARAMETERS[i]);
        }
        assertThat(w[0]).isLessThanOrEqualTo(w[1]);
        assertThat(w[1]).isLessThanOrEqualTo(w[2]);
        assertThat(w[2]).isLessThanOrEqualTo(w[3]);
    }

    @Test
    void recoversParametersThatPredictANewLearnerBetterThanTheDefaults() {
        SimulatedLearner.Profile learner = profile("fast-forgetter-3k");
        // Fit on one learner's history, judge on another learner with the same memory.
        List<ReviewHistory> train = SimulatedLearner.simulate(learner.withSeed(11));
        List<ReviewHistory> unseen = SimulatedLearner.simulate(learner.withSeed(12));
        FsrsOptimizer optimizer = new FsrsOptimizer();

        OptimisationResult fitted = optimizer.optimise(train);
        ParameterComparison comparison = optimizer.compare(Fsrs.DEFAULT_PARAMETERS, fitted.parameters(), unseen);
        ModelEvaluation truth = optimizer.evaluate(learner.trueParameters(), unseen);

        assertThat(fitted.optimised()).isTrue();
        assertThat(comparison.candidateIsBetter()).isTrue();
        assertThat(comparison.logLossReduction()).isGreaterThan(0.02);
        assertThat(comparison.candidate().rmseBins())
                .isLessThan(comparison.current().rmseBins());
        assertThat(comparison.candidate().logLoss()).isLessThan(truth.logLoss() * 1.02);
    }

    @Test
    void committedHistoriesAreWhatTheSimulatedLearnersProduce() throws IOException {
        for (SimulatedLearner.Profile p : SimulatedLearner.referenceProfiles()) {
            String committed = Files.readString(
                    FsrsOptimizerReferenceTest.DIR.resolve("histories").resolve(p.name() + ".csv"));
            assertThat(SimulatedLearner.csv(SimulatedLearner.simulate(p)))
                    .as(p.name())
                    .isEqualTo(committed);
        }
    }

    @Test
    void sameDayReviewsShapeHistoriesButAreNotPredicted() {
        ReviewHistory card = new ReviewHistory(
                "c",
                List.of(
                        review(0, Rating.AGAIN),
                        new ReviewHistory.Review(T0.plus(Duration.ofMinutes(1)), Rating.HARD),
                        new ReviewHistory.Review(T0.plus(Duration.ofMinutes(11)), Rating.GOOD),
                        review(2, Rating.GOOD),
                        new ReviewHistory.Review(T0.plus(Duration.ofDays(2).plusHours(1)), Rating.GOOD),
                        review(7, Rating.AGAIN)));

        List<FsrsItem> items = FsrsItem.of(List.of(card));

        assertThat(items).hasSize(2);
        // Whole 24-hour periods, as the scheduler counts: 11 minutes to 2 days later is 1 day.
        assertThat(items.get(0).days()).containsExactly(0, 0, 0, 1);
        assertThat(items.get(1).days()).containsExactly(0, 0, 0, 1, 0, 4);
        assertThat(items.get(1).grades()).containsExactly(1, 2, 3, 3, 3, 1);
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() throws IOException {
        List<ReviewHistory> histories = FsrsOptimizerReferenceTest.history("strong-6k");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new FsrsOptimizer().optimise(histories)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejectsParameterSetsOfTheWrongSize() {
        assertThatThrownBy(() -> new FsrsOptimizer().evaluate(new double[19], List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ReviewHistory.Review review(int day, Rating rating) {
        return new ReviewHistory.Review(T0.plus(Duration.ofDays(day)), rating);
    }
}
