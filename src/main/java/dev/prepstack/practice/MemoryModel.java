package dev.prepstack.practice;

import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "Your own memory model": FSRS-6 parameters fitted to a person's own reviews. A fit is adopted
 * only when it predicts that person's reviews better (lower log loss) than the parameters they
 * schedule with now; otherwise the current ones stay. Fitting runs on {@link OptimiserPool}, never
 * inside a transaction. The same entry points serve the page, the API and the monthly job.
 */
@Service
public class MemoryModel {

    private static final Logger log = LoggerFactory.getLogger(MemoryModel.class);

    /** fsrs-rs's minimum of reviews (on a later day than the card's previous one) for a full fit. */
    public static final int MINIMUM_REVIEWS = FsrsOptimizer.MINIMUM_REVIEWS;
    /** The workload estimate's horizon. */
    public static final int WORKLOAD_DAYS = 365;

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final Duration MONTHLY_TIMEOUT = Duration.ofMinutes(10);

    private final ParameterStore store;
    private final Practice practice;
    private final OptimiserPool pool;
    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final Clock clock;
    private final FsrsOptimizer optimizer = new FsrsOptimizer(Fsrs.DEFAULT_RELEARNING_STEPS.size());

    MemoryModel(
            ParameterStore store,
            Practice practice,
            OptimiserPool pool,
            RateLimiter limiter,
            RateLimitProperties limits,
            Clock clock) {
        this.store = store;
        this.practice = practice;
        this.pool = pool;
        this.limiter = limiter;
        this.limits = limits;
        this.clock = clock;
    }

    public enum Trigger {
        /** The person asked (page or API). */
        USER,
        /** The monthly background job. */
        MONTHLY
    }

    public enum Outcome {
        /** The fit predicts the person's reviews better: it is now in use. */
        ADOPTED,
        /** The fit does not predict better: the parameters in use stay. */
        KEPT_CURRENT,
        /** Fewer reviews than fsrs-rs needs for a full fit: nothing changed. */
        NOT_ENOUGH_REVIEWS
    }

    /**
     * One optimisation run and its comparison, evaluated on the person's own reviews.
     *
     * @param reviews reviews the figures are over (for NOT_ENOUGH_REVIEWS: the usable reviews found)
     * @param currentLogLoss log loss of the parameters in use before the run (lower is better)
     * @param candidateLogLoss log loss of the fitted parameters
     */
    public record Run(
            Instant at,
            Trigger trigger,
            Outcome outcome,
            int reviews,
            Double currentLogLoss,
            Double candidateLogLoss,
            Double currentRmse,
            Double candidateRmse) {

        /** How much better the fit predicts, as a share of the current log loss (0.05 = 5%); null without a fit. */
        public Double improvement() {
            if (currentLogLoss == null || candidateLogLoss == null || currentLogLoss == 0) {
                return null;
            }
            return (currentLogLoss - candidateLogLoss) / currentLogLoss;
        }

        /** The result in plain words. */
        public String summary() {
            return switch (outcome) {
                case NOT_ENOUGH_REVIEWS ->
                    reviews >= MINIMUM_REVIEWS
                            ? "Your reviews so far are almost all first reviews of a card. Optimising needs cards"
                                    + " you have come back to on a later day; keep practising and try again."
                            : "Optimising needs at least %d reviews of cards you came back to on a later day; you have %d so far. Keep practising and try again."
                                    .formatted(MINIMUM_REVIEWS, reviews);
                case ADOPTED ->
                    "Your new schedule predicts whether you remember a card %s better than the one before"
                                    .formatted(percent(improvement()))
                            + " (log loss %s instead of %s over %d of your reviews), so it is now in use."
                                    .formatted(number(candidateLogLoss), number(currentLogLoss), reviews);
                case KEPT_CURRENT ->
                    "Your current schedule already predicts your reviews as well as a new fit or better"
                            + " (log loss %s; a new fit: %s, over %d of your reviews), so it stays."
                                    .formatted(number(currentLogLoss), number(candidateLogLoss), reviews);
            };
        }

        private static String percent(Double share) {
            double p = share == null ? 0 : share * 100;
            return p < 0.1 ? "slightly" : String.format(Locale.ROOT, "%.1f%%", p);
        }

        private static String number(Double value) {
            return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    /**
     * What a person schedules with now.
     *
     * @param parameters the 21 parameters in use
     * @param defaults true when they are the FSRS-6 defaults
     * @param adoptedAt when the person's own parameters were adopted; null for the defaults
     * @param automatic whether the monthly job may refit them
     * @param lastRun the last optimisation run; null when there was none
     */
    public record Status(double[] parameters, boolean defaults, Instant adoptedAt, boolean automatic, Run lastRun) {

        public Status {
            parameters = parameters.clone();
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }

        public int minimumReviews() {
            return MINIMUM_REVIEWS;
        }
    }

    /** The person's parameters and last run. */
    public Status status(long accountId) {
        return store.find(accountId)
                .map(row -> new Status(
                        row.parameters() == null ? Fsrs.DEFAULT_PARAMETERS : row.parameters(),
                        row.parameters() == null,
                        row.parameters() == null ? null : row.adoptedAt(),
                        row.automatic(),
                        row.lastRun()))
                .orElseGet(() -> new Status(Fsrs.DEFAULT_PARAMETERS, true, null, true, null));
    }

    /**
     * The person asked: at most {@link RateLimitProperties#optimisePerHour()} times an hour (else
     * {@link dev.prepstack.shared.TooManyRequestsException}), then {@link #optimise}.
     */
    public Run optimiseOnRequest(long accountId) {
        // Each fit takes a core for up to seconds: a few per person per hour are plenty.
        limiter.check("fsrs-optimise", String.valueOf(accountId), limits.optimisePerHour(), Duration.ofHours(1));
        return optimise(accountId, Trigger.USER);
    }

    /**
     * Fits parameters to the person's reviews and adopts them if they predict those reviews better
     * than the parameters in use. Throws {@link BusyException} when the pool is full or the fit
     * takes too long.
     */
    Run optimise(long accountId, Trigger trigger) {
        List<ReviewHistory> histories = store.histories(accountId);
        double[] current = store.parameters(accountId).orElse(Fsrs.DEFAULT_PARAMETERS);
        Duration timeout = trigger == Trigger.MONTHLY ? MONTHLY_TIMEOUT : REQUEST_TIMEOUT;
        Fit fit;
        try {
            fit = pool.run(() -> fit(histories, current, trigger), timeout);
        } catch (OptimiserPool.Busy e) {
            throw new BusyException(e.getMessage());
        }
        store.record(accountId, fit.run(), fit.run().outcome() == Outcome.ADOPTED ? fit.parameters() : null);
        return fit.run();
    }

    private record Fit(Run run, double[] parameters) {}

    private Fit fit(List<ReviewHistory> histories, double[] current, Trigger trigger) {
        Instant at = Practice.micros(clock.instant());
        OptimisationResult result = optimizer.optimise(histories);
        if (!result.optimised()) {
            return new Fit(
                    new Run(at, trigger, Outcome.NOT_ENOUGH_REVIEWS, result.reviewsUsed(), null, null, null, null),
                    null);
        }
        ParameterComparison comparison = optimizer.compare(current, result.parameters(), histories);
        Outcome outcome = comparison.candidateIsBetter() ? Outcome.ADOPTED : Outcome.KEPT_CURRENT;
        return new Fit(
                new Run(
                        at,
                        trigger,
                        outcome,
                        comparison.candidate().reviews(),
                        comparison.current().logLoss(),
                        comparison.candidate().logLoss(),
                        comparison.current().rmseBins(),
                        comparison.candidate().rmseBins()),
                result.parameters());
    }

    /** Back to the FSRS-6 defaults; the monthly job leaves the person alone until they optimise again. */
    public Status resetToDefaults(long accountId) {
        store.resetToDefaults(accountId);
        return status(accountId);
    }

    /** The pool is full or the fit took too long: nothing changed, the person may retry. */
    public static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Reviews per day to expect at each offered retention over the next {@code horizonDays}, for
     * the person's {@code cards} and parameters.
     */
    public record Workload(int cards, int horizonDays, List<WorkloadEstimate.Point> points) {}

    /** The workload estimate for the person's cards, parameters and rating habits. */
    public Workload workload(long accountId) {
        List<Card> cards = new ArrayList<>(practice.cards(accountId).values());
        if (cards.size() > WorkloadEstimate.MAX_CARDS) {
            cards = cards.subList(0, WorkloadEstimate.MAX_CARDS);
        }
        double[] parameters = store.parameters(accountId).orElse(Fsrs.DEFAULT_PARAMETERS);
        var habits = WorkloadEstimate.Habits.of(store.histories(accountId));
        // Seeded by the account, so the figures do not jump between two looks at the page.
        return new Workload(
                cards.size(),
                WORKLOAD_DAYS,
                WorkloadEstimate.estimate(
                        cards,
                        parameters,
                        clock.instant(),
                        new WorkloadEstimate.Settings(0, 0, WORKLOAD_DAYS, habits, accountId)));
    }

    /**
     * The monthly job's work: everyone with enough reviews who did not go back to the defaults and
     * was not optimised in the last 25 days, one after another on the pool. Returns how many ran.
     */
    public int optimiseEveryoneDue() {
        Instant notSince = clock.instant().minus(Duration.ofDays(25));
        int done = 0;
        for (long accountId : store.dueForOptimisation(MINIMUM_REVIEWS, notSince)) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                optimise(accountId, Trigger.MONTHLY);
                done++;
            } catch (RuntimeException e) {
                // One person's failure (deleted meanwhile, pool busy) must not stop everyone else's.
                log.warn("Monthly optimisation of account {} failed: {}", accountId, e.toString());
            }
        }
        return done;
    }
}
