package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import io.micrometer.observation.annotation.Observed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice loop: sessions that pick questions, reviews scheduled by FSRS-6, and due cards. */
@Service
public class Practice {

    public static final int MAX_ANSWER = 20_000;
    public static final double DEFAULT_RETENTION = 0.90;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final PracticeStore store;
    private final Catalog catalog;
    private final Clock clock;
    private final ParameterStore parameters;
    private final InterviewPlans plans;

    Practice(PracticeStore store, Catalog catalog, Clock clock, ParameterStore parameters, InterviewPlans plans) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.parameters = parameters;
        this.plans = plans;
    }

    public record Session(long id, PracticeMode mode, List<String> questions, Instant createdAt) {}

    @Transactional
    public Session startSession(long accountId, SessionRequest request) {
        // Interview plans bring in-scope cards forward and put their new questions first.
        InterviewPlans.Today today = plans.today(accountId);
        List<String> slugs = SessionPlan.pick(
                catalog, request, today.applyTo(cardsBySlug(accountId), clock.instant()), clock.instant(), today);
        OffsetDateTime created = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long id = store.insertSession(accountId, created, request.mode(), slugs);
        return new Session(id, request.mode(), slugs, created.toInstant());
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(long accountId, long sessionId) {
        return store.session(accountId, sessionId);
    }

    /**
     * Records a review. The card row is locked for the whole transaction, so concurrent reviews of
     * one card apply one after another, each to the state the previous one left.
     */
    @Transactional
    @Observed(name = "prepstack.practice.reviews", contextualName = "practice-review")
    public ReviewResult review(long accountId, ReviewCommand command) {
        validate(command);
        QuestionRef question = questionBySlug(command.questionSlug());
        if (command.clientReviewId() != null) {
            Optional<ReviewResult> earlier = byClientId(accountId, command.clientReviewId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = micros(clock.instant());
        if (command.reviewedAt() != null && command.reviewedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidParameterException("reviewedAt", "must not be in the future");
        }
        Card card = store.lockCard(accountId, question.id(), now);
        // Taken after the lock, so concurrent reviews get increasing times in the order they apply.
        Instant at = micros(command.reviewedAt() != null ? command.reviewedAt() : clock.instant());
        if (card.lastReview() != null && at.isBefore(card.lastReview())) {
            throw new InvalidParameterException("reviewedAt", "must not be before the card's last review");
        }
        Fsrs fsrs = scheduler(accountId);
        Card next = balanced(accountId, question.id(), fsrs.review(card, command.rating(), at), at);
        boolean lapse = card.state() == CardState.REVIEW && command.rating() == Rating.AGAIN;
        store.updateCard(accountId, question.id(), next, at, lapse);
        long reviewId;
        try {
            reviewId = store.insertReview(accountId, question.id(), command, next, at);
        } catch (DuplicateKeyException e) {
            // The same client id raced us: the transaction rolls back and the caller retries to read it.
            throw new ConcurrentReviewException();
        }
        return new ReviewResult(
                question.slug(),
                next.state(),
                next.step(),
                next.due(),
                next.stability(),
                next.difficulty(),
                fsrs.retrievability(next, clock.instant()),
                reviewId);
    }

    private static void validate(ReviewCommand command) {
        if (command.rating() == null) {
            throw new InvalidParameterException("rating", "must be one of again, hard, good, easy");
        }
        if (command.answer() != null && command.answer().length() > MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most " + MAX_ANSWER + " characters");
        }
        if (command.elapsedSeconds() != null && (command.elapsedSeconds() < 0 || command.elapsedSeconds() > 86_400)) {
            throw new InvalidParameterException("elapsedSeconds", "must be between 0 and 86400");
        }
        String clientId = command.clientReviewId();
        if (clientId != null && (clientId.isBlank() || clientId.length() > 100)) {
            throw new InvalidParameterException("clientReviewId", "must be 1 to 100 characters");
        }
    }

    /**
     * With load balancing on (off by default), the due date moved to the least busy day of FSRS's
     * fuzz range ({@link LoadBalancer}); off, FSRS-6's own.
     */
    private Card balanced(long accountId, long questionId, Card next, Instant at) {
        if (next.state() != CardState.REVIEW || !loadBalancing(accountId)) {
            return next;
        }
        LoadBalancer balancer = new LoadBalancer(Fsrs.DEFAULT_MAXIMUM_INTERVAL);
        Instant from = at.minus(Duration.ofDays(1));
        Instant to =
                next.due().plus(Duration.ofDays(Duration.between(at, next.due()).toDays() / 5 + 3));
        Map<LocalDate, Integer> dueOn = store.dueCountsByDay(accountId, questionId, from, to);
        return balancer.balance(next, at, day -> dueOn.getOrDefault(day, 0));
    }

    @Transactional(readOnly = true)
    public boolean loadBalancing(long accountId) {
        return store.loadBalancing(accountId).orElse(false);
    }

    /** Sets what is given (null: unchanged); a bad retention changes nothing. */
    @Transactional
    public void setSettings(long accountId, Double retention, Boolean loadBalancing) {
        if (retention != null) {
            setRetention(accountId, retention);
        }
        if (loadBalancing != null) {
            setLoadBalancing(accountId, loadBalancing);
        }
    }

    @Transactional
    public void setLoadBalancing(long accountId, boolean on) {
        store.setLoadBalancing(accountId, on, DEFAULT_RETENTION);
    }

    /** Raised when two requests with one client review id race; the retry returns the first result. */
    public static final class ConcurrentReviewException extends RuntimeException {
        ConcurrentReviewException() {
            super("concurrent review with the same client id");
        }
    }

    @Transactional(readOnly = true)
    public Optional<ReviewResult> byClientId(long accountId, String clientId) {
        return store.reviewByClientId(accountId, clientId)
                .map(r -> new ReviewResult(
                        catalog.question(r.questionId()).orElseThrow().slug(),
                        r.card().state(),
                        r.card().step(),
                        r.card().due(),
                        r.card().stability(),
                        r.card().difficulty(),
                        scheduler(accountId).retrievability(r.card(), clock.instant()),
                        r.id()));
    }

    public record DueCard(String slug, String title, Instant due, CardState state) {}

    @Transactional(readOnly = true)
    public List<DueCard> due(long accountId, int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidParameterException("limit", "must be between 1 and 100");
        }
        // Retired questions, and cards a catch-up or plan leaves for later, are left out after the
        // read, so the limit applies to what is left.
        List<DueCard> due = new ArrayList<>();
        for (PracticeStore.DueRow row : store.dueBy(accountId, clock.instant())) {
            var q = catalog.question(row.questionId()).orElseThrow();
            if (!q.retired()) {
                due.add(new DueCard(q.slug(), q.title(), row.due(), row.state()));
            }
        }
        return plans.withBroughtForward(accountId, due, limit);
    }

    /** The account's cards by question id. */
    @Transactional(readOnly = true)
    public Map<Long, Card> cards(long accountId) {
        return store.cards(accountId);
    }

    /** The account's cards by question slug. */
    @Transactional(readOnly = true)
    public Map<String, Card> cardsBySlug(long accountId) {
        Map<String, Card> cards = new LinkedHashMap<>();
        store.cards(accountId)
                .forEach((id, card) ->
                        cards.put(catalog.question(id).orElseThrow().slug(), card));
        return cards;
    }

    /**
     * How often the person's rating matched the one suggested from their typed answer.
     *
     * @param suggested reviews that had a suggestion
     * @param agreed of those, reviews rated as suggested
     */
    public record RatingAgreement(int suggested, int agreed) {

        /** The share of agreement, 0 to 1; null without suggestions. */
        public Double share() {
            return suggested == 0 ? null : (double) agreed / suggested;
        }

        public int percent() {
            return suggested == 0 ? 0 : (int) Math.round(100.0 * agreed / suggested);
        }
    }

    @Transactional(readOnly = true)
    public RatingAgreement ratingAgreement(long accountId) {
        return store.ratingAgreement(accountId);
    }

    /**
     * The person's scheduler: their desired retention, and their own FSRS-6 parameters when they
     * adopted some ({@link MemoryModel}), else the defaults, so that without parameters scheduling
     * is exactly FSRS-6's.
     */
    Fsrs scheduler(long accountId) {
        return new Fsrs(
                parameters.parameters(accountId).orElse(Fsrs.DEFAULT_PARAMETERS),
                retention(accountId),
                Fsrs.DEFAULT_LEARNING_STEPS,
                Fsrs.DEFAULT_RELEARNING_STEPS,
                Fsrs.DEFAULT_MAXIMUM_INTERVAL);
    }

    @Transactional(readOnly = true)
    public double retention(long accountId) {
        return store.retention(accountId).orElse(DEFAULT_RETENTION);
    }

    @Transactional
    public void setRetention(long accountId, double retention) {
        if (Double.isNaN(retention) || retention < 0.70 || retention > 0.97) {
            throw new InvalidParameterException("desiredRetention", "must be between 0.70 and 0.97");
        }
        store.setRetention(accountId, retention);
    }

    /**
     * Puts questions in front of the person now: a question without a card gets a new one, due now;
     * a scheduled card is brought forward to now. Unknown and retired slugs are skipped. Returns how
     * many cards were added or brought forward.
     */
    @Transactional
    public int dueNow(long accountId, Collection<String> slugs) {
        Map<String, QuestionRef> live = new HashMap<>();
        catalog.questionRefs().forEach(q -> live.put(q.slug(), q));
        Instant now = micros(clock.instant());
        int changed = 0;
        for (String slug : new LinkedHashSet<>(slugs)) {
            QuestionRef q = live.get(slug);
            if (q == null) {
                continue;
            }
            int added = store.addCard(accountId, q.id(), now);
            changed += added > 0 ? added : store.bringForward(accountId, q.id(), now);
        }
        return changed;
    }

    /** Throws 404 unless the slug names a live question. */
    public void questionExists(String slug) {
        questionBySlug(slug);
    }

    QuestionRef questionBySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 80) {
            throw new InvalidParameterException("questionSlug", "is required");
        }
        return refs().apply(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
    }

    private Function<String, Optional<QuestionRef>> refs() {
        return slug -> catalog.questionRefs().stream()
                .filter(q -> q.slug().equals(slug))
                .findFirst();
    }

    /** Both databases keep microseconds; results must equal what a later read returns. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
