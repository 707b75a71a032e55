package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import io.micrometer.observation.annotation.Observed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice loop: sessions that pick questions, reviews scheduled by FSRS-6, and due cards. */
@Service
public class Practice {

    public static final int MAX_ANSWER = 20_000;
    public static final double DEFAULT_RETENTION = 0.90;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Clock clock;
    private final ParameterStore parameters;
    private final InterviewPlans plans;

    Practice(JdbcClient jdbc, Catalog catalog, Clock clock, ParameterStore parameters, InterviewPlans plans) {
        this.jdbc = jdbc;
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
        jdbc.sql("INSERT INTO practice_session (account_id, created_at, mode, questions_json) VALUES (?, ?, ?, ?)")
                .params(accountId, created, request.mode().name(), String.join("\n", slugs))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM practice_session WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
        return new Session(id, request.mode(), slugs, created.toInstant());
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(long accountId, long sessionId) {
        return jdbc.sql(
                        "SELECT id, mode, questions_json, created_at FROM practice_session WHERE id = ? AND account_id = ?")
                .params(sessionId, accountId)
                .query((rs, i) -> new Session(
                        rs.getLong(1),
                        PracticeMode.valueOf(rs.getString(2)),
                        rs.getString(3).isEmpty()
                                ? List.of()
                                : List.of(rs.getString(3).split("\n")),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Records a review. The card row is locked for the whole transaction, so concurrent reviews of
     * one card apply one after another, each to the state the previous one left.
     */
    @Transactional
    @Observed(name = "prepstack.practice.reviews", contextualName = "practice-review")
    public ReviewResult review(long accountId, ReviewCommand command) {
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
        QuestionRef question = questionBySlug(command.questionSlug());
        if (clientId != null) {
            Optional<ReviewResult> earlier = byClientId(accountId, clientId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = micros(clock.instant());
        if (command.reviewedAt() != null && command.reviewedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidParameterException("reviewedAt", "must not be in the future");
        }
        Card card = lockCard(accountId, question.id(), now);
        // Taken after the lock, so concurrent reviews get increasing times in the order they apply.
        Instant at = micros(command.reviewedAt() != null ? command.reviewedAt() : clock.instant());
        if (card.lastReview() != null && at.isBefore(card.lastReview())) {
            throw new InvalidParameterException("reviewedAt", "must not be before the card's last review");
        }
        Fsrs fsrs = scheduler(accountId);
        Card next = balanced(accountId, question.id(), fsrs.review(card, command.rating(), at), at);
        boolean lapse = card.state() == CardState.REVIEW && command.rating() == Rating.AGAIN;
        jdbc.sql("""
                        UPDATE practice_card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,
                            reps = reps + 1, lapses = lapses + ? WHERE account_id = ? AND question_id = ?""")
                .params(
                        next.state().name(),
                        next.step(),
                        next.stability(),
                        next.difficulty(),
                        utc(next.due()),
                        utc(at),
                        lapse ? 1 : 0,
                        accountId,
                        question.id())
                .update();
        try {
            jdbc.sql("""
                            INSERT INTO practice_review (account_id, question_id, rating, reviewed_at, answer, elapsed_seconds,
                                state, step, stability, difficulty, due, client_review_id, feedback_score, feedback_json,
                                suggested_rating)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            accountId,
                            question.id(),
                            command.rating().name(),
                            utc(at),
                            command.answer() == null || command.answer().isBlank() ? null : command.answer(),
                            command.elapsedSeconds(),
                            next.state().name(),
                            next.step(),
                            next.stability(),
                            next.difficulty(),
                            utc(next.due()),
                            clientId,
                            command.feedbackScore(),
                            command.feedbackJson(),
                            command.suggestedRating() == null
                                    ? null
                                    : command.suggestedRating().name())
                    .update();
        } catch (DuplicateKeyException e) {
            // The same client id raced us: the transaction rolls back and the caller retries to read it.
            throw new ConcurrentReviewException();
        }
        long reviewId = jdbc.sql("SELECT MAX(id) FROM practice_review WHERE account_id = ? AND question_id = ?")
                .params(accountId, question.id())
                .query(Long.class)
                .single();
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

    /**
     * With load balancing on (off by default), the due date moved to the least busy day of FSRS's
     * fuzz range ({@link LoadBalancer}); off, FSRS-6's own.
     */
    private Card balanced(long accountId, long questionId, Card next, Instant at) {
        if (next.state() != CardState.REVIEW || !loadBalancing(accountId)) {
            return next;
        }
        LoadBalancer balancer = new LoadBalancer(Fsrs.DEFAULT_MAXIMUM_INTERVAL);
        Map<java.time.LocalDate, Integer> dueOn = new HashMap<>();
        Instant from = at.minus(Duration.ofDays(1));
        Instant to =
                next.due().plus(Duration.ofDays(Duration.between(at, next.due()).toDays() / 5 + 3));
        jdbc.sql("SELECT due FROM practice_card WHERE account_id = ? AND question_id <> ? AND due >= ? AND due < ?")
                .params(accountId, questionId, utc(from), utc(to))
                .query(rs -> {
                    dueOn.merge(
                            rs.getObject(1, OffsetDateTime.class)
                                    .withOffsetSameInstant(ZoneOffset.UTC)
                                    .toLocalDate(),
                            1,
                            Integer::sum);
                });
        return balancer.balance(next, at, day -> dueOn.getOrDefault(day, 0));
    }

    @Transactional(readOnly = true)
    public boolean loadBalancing(long accountId) {
        return jdbc.sql("SELECT load_balancing FROM practice_setting WHERE account_id = ?")
                .param(accountId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
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
        int n = jdbc.sql("UPDATE practice_setting SET load_balancing = ? WHERE account_id = ?")
                .params(on, accountId)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO practice_setting (account_id, desired_retention, load_balancing) VALUES (?, ?, ?)")
                    .params(accountId, DEFAULT_RETENTION, on)
                    .update();
        }
    }

    /** Raised when two requests with one client review id race; the retry returns the first result. */
    public static final class ConcurrentReviewException extends RuntimeException {
        ConcurrentReviewException() {
            super("concurrent review with the same client id");
        }
    }

    @Transactional(readOnly = true)
    public Optional<ReviewResult> byClientId(long accountId, String clientId) {
        return jdbc.sql("""
                        SELECT r.id, r.question_id, r.state, r.step, r.due, r.stability, r.difficulty, r.reviewed_at
                        FROM practice_review r WHERE r.account_id = ? AND r.client_review_id = ?""")
                .params(accountId, clientId)
                .query((rs, i) -> {
                    Card card = new Card(
                            CardState.valueOf(rs.getString(3)),
                            (Integer) rs.getObject(4),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            rs.getObject(5, OffsetDateTime.class).toInstant(),
                            rs.getObject(8, OffsetDateTime.class).toInstant());
                    return new ReviewResult(
                            catalog.question(rs.getLong(2)).orElseThrow().slug(),
                            card.state(),
                            card.step(),
                            card.due(),
                            card.stability(),
                            card.difficulty(),
                            scheduler(accountId).retrievability(card, clock.instant()),
                            rs.getLong(1));
                })
                .optional();
    }

    public record DueCard(String slug, String title, Instant due, CardState state) {}

    @Transactional(readOnly = true)
    public List<DueCard> due(long accountId, int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidParameterException("limit", "must be between 1 and 100");
        }
        // Retired questions, and cards a catch-up or plan leaves for later, are left out after the
        // read, so the limit applies to what is left.
        List<DueCard> due = new java.util.ArrayList<>();
        jdbc.sql("SELECT question_id, due, state FROM practice_card WHERE account_id = ? AND due <= ? ORDER BY due")
                .params(accountId, utc(clock.instant()))
                .query(rs -> {
                    var q = catalog.question(rs.getLong(1)).orElseThrow();
                    if (!q.retired()) {
                        due.add(new DueCard(
                                q.slug(),
                                q.title(),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                CardState.valueOf(rs.getString(3))));
                    }
                });
        return plans.withBroughtForward(accountId, due, limit);
    }

    /** The account's cards by question id. */
    @Transactional(readOnly = true)
    public Map<Long, Card> cards(long accountId) {
        Map<Long, Card> cards = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT question_id, state, step, stability, difficulty, due, last_review FROM practice_card WHERE account_id = ?")
                .param(accountId)
                .query(rs -> {
                    cards.put(rs.getLong(1), card(rs));
                });
        return cards;
    }

    /** The account's cards by question slug. */
    @Transactional(readOnly = true)
    public Map<String, Card> cardsBySlug(long accountId) {
        Map<String, Card> cards = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, state, step, stability, difficulty, due, last_review"
                        + " FROM practice_card WHERE account_id = ?")
                .param(accountId)
                .query(rs -> {
                    cards.put(catalog.question(rs.getLong(1)).orElseThrow().slug(), card(rs));
                });
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
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(CASE WHEN rating = suggested_rating THEN 1 ELSE 0 END), 0)
                        FROM practice_review WHERE account_id = ? AND suggested_rating IS NOT NULL""")
                .param(accountId)
                .query((rs, i) -> new RatingAgreement(rs.getInt(1), rs.getInt(2)))
                .single();
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
        return jdbc.sql("SELECT desired_retention FROM practice_setting WHERE account_id = ?")
                .param(accountId)
                .query(Double.class)
                .optional()
                .orElse(DEFAULT_RETENTION);
    }

    @Transactional
    public void setRetention(long accountId, double retention) {
        if (Double.isNaN(retention) || retention < 0.70 || retention > 0.97) {
            throw new InvalidParameterException("desiredRetention", "must be between 0.70 and 0.97");
        }
        int n = jdbc.sql("UPDATE practice_setting SET desired_retention = ? WHERE account_id = ?")
                .params(retention, accountId)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO practice_setting (account_id, desired_retention) VALUES (?, ?)")
                    .params(accountId, retention)
                    .update();
        }
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
            int added = jdbc.sql("INSERT INTO practice_card (account_id, question_id, state, step, due, reps, lapses)"
                            + " VALUES (?, ?, 'LEARNING', 0, ?, 0, 0) ON CONFLICT DO NOTHING")
                    .params(accountId, q.id(), utc(now))
                    .update();
            changed += added > 0
                    ? added
                    : jdbc.sql("UPDATE practice_card SET due = ? WHERE account_id = ? AND question_id = ? AND due > ?")
                            .params(utc(now), accountId, q.id(), utc(now))
                            .update();
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

    private Card lockCard(long accountId, long questionId, Instant now) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM practice_card WHERE account_id = ? AND question_id = ?")
                .params(accountId, questionId)
                .query(Integer.class)
                .single();
        if (exists == 0) {
            // A concurrent first review may create it too: ON CONFLICT keeps the transaction usable
            // (a caught unique violation would abort it on PostgreSQL); the lock below then waits.
            jdbc.sql("INSERT INTO practice_card (account_id, question_id, state, step, due, reps, lapses)"
                            + " VALUES (?, ?, 'LEARNING', 0, ?, 0, 0) ON CONFLICT DO NOTHING")
                    .params(accountId, questionId, utc(now))
                    .update();
        }
        return jdbc.sql("SELECT question_id, state, step, stability, difficulty, due, last_review FROM practice_card"
                        + " WHERE account_id = ? AND question_id = ? FOR UPDATE")
                .params(accountId, questionId)
                .query((rs, i) -> card(rs))
                .single();
    }

    private static Card card(ResultSet rs) throws SQLException {
        OffsetDateTime last = rs.getObject("last_review", OffsetDateTime.class);
        return new Card(
                CardState.valueOf(rs.getString("state")),
                (Integer) rs.getObject("step"),
                (Double) rs.getObject("stability"),
                (Double) rs.getObject("difficulty"),
                rs.getObject("due", OffsetDateTime.class).toInstant(),
                last == null ? null : last.toInstant());
    }

    /** Both databases keep microseconds; results must equal what a later read returns. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
