package dev.prepstack.practice;

import static dev.prepstack.practice.Practice.utc;

import dev.prepstack.practice.Practice.RatingAgreement;
import dev.prepstack.practice.Practice.Session;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The practice loop's SQL and row mapping: sessions, cards, reviews and the scheduling settings.
 * Callers hold the transaction; the rules sit in {@link Practice} and the scheduler ({@link Fsrs}).
 */
@Component
class PracticeStore {

    private static final String CARD_COLUMNS =
            "SELECT question_id, state, step, stability, difficulty, due, last_review FROM practice_card";

    private final JdbcClient jdbc;

    PracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSession(long accountId, OffsetDateTime created, PracticeMode mode, List<String> slugs) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO practice_session (account_id, created_at, mode, questions_json) VALUES (?, ?, ?, ?)")
                .params(accountId, created, mode.name(), String.join("\n", slugs))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Session> session(long accountId, long sessionId) {
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
     * The card, created new when missing, locked for the rest of the transaction so that concurrent
     * reviews of one card apply one after another.
     */
    Card lockCard(long accountId, long questionId, Instant now) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM practice_card WHERE account_id = ? AND question_id = ?")
                .params(accountId, questionId)
                .query(Integer.class)
                .single();
        if (exists == 0) {
            // A concurrent first review may create it too: ON CONFLICT keeps the transaction usable
            // (a caught unique violation would abort it on PostgreSQL); the lock below then waits.
            addCard(accountId, questionId, now);
        }
        return jdbc.sql(CARD_COLUMNS + " WHERE account_id = ? AND question_id = ? FOR UPDATE")
                .params(accountId, questionId)
                .query((rs, i) -> card(rs))
                .single();
    }

    /** A new card due at {@code due}; 0 when the card exists already. */
    int addCard(long accountId, long questionId, Instant due) {
        return jdbc.sql("INSERT INTO practice_card (account_id, question_id, state, step, due, reps, lapses)"
                        + " VALUES (?, ?, 'LEARNING', 0, ?, 0, 0) ON CONFLICT DO NOTHING")
                .params(accountId, questionId, utc(due))
                .update();
    }

    /** Brings a card due later forward to {@code now}; 0 when it is due already or missing. */
    int bringForward(long accountId, long questionId, Instant now) {
        return jdbc.sql("UPDATE practice_card SET due = ? WHERE account_id = ? AND question_id = ? AND due > ?")
                .params(utc(now), accountId, questionId, utc(now))
                .update();
    }

    void updateCard(long accountId, long questionId, Card next, Instant at, boolean lapse) {
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
                        questionId)
                .update();
    }

    /** The review row with the card state it left; a repeated client review id raises DuplicateKeyException. */
    long insertReview(long accountId, long questionId, ReviewCommand command, Card next, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO practice_review (account_id, question_id, rating, reviewed_at, answer, elapsed_seconds,
                            state, step, stability, difficulty, due, client_review_id, feedback_score, feedback_json,
                            suggested_rating)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        questionId,
                        command.rating().name(),
                        utc(at),
                        command.answer() == null || command.answer().isBlank() ? null : command.answer(),
                        command.elapsedSeconds(),
                        next.state().name(),
                        next.step(),
                        next.stability(),
                        next.difficulty(),
                        utc(next.due()),
                        command.clientReviewId(),
                        command.feedbackScore(),
                        command.feedbackJson(),
                        command.suggestedRating() == null
                                ? null
                                : command.suggestedRating().name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A review recorded earlier under a client review id: its id, question and the card it left. */
    record StoredReview(long id, long questionId, Card card) {}

    Optional<StoredReview> reviewByClientId(long accountId, String clientId) {
        return jdbc.sql("""
                        SELECT r.id, r.question_id, r.state, r.step, r.due, r.stability, r.difficulty, r.reviewed_at
                        FROM practice_review r WHERE r.account_id = ? AND r.client_review_id = ?""")
                .params(accountId, clientId)
                .query((rs, i) -> new StoredReview(
                        rs.getLong(1),
                        rs.getLong(2),
                        new Card(
                                CardState.valueOf(rs.getString(3)),
                                (Integer) rs.getObject(4),
                                rs.getDouble(6),
                                rs.getDouble(7),
                                rs.getObject(5, OffsetDateTime.class).toInstant(),
                                rs.getObject(8, OffsetDateTime.class).toInstant())))
                .optional();
    }

    /** Other cards due per day (UTC) in {@code [from, to)}, for load balancing. */
    Map<LocalDate, Integer> dueCountsByDay(long accountId, long exceptQuestionId, Instant from, Instant to) {
        Map<LocalDate, Integer> dueOn = new HashMap<>();
        jdbc.sql("SELECT due FROM practice_card WHERE account_id = ? AND question_id <> ? AND due >= ? AND due < ?")
                .params(accountId, exceptQuestionId, utc(from), utc(to))
                .query(rs -> {
                    dueOn.merge(
                            rs.getObject(1, OffsetDateTime.class)
                                    .withOffsetSameInstant(ZoneOffset.UTC)
                                    .toLocalDate(),
                            1,
                            Integer::sum);
                });
        return dueOn;
    }

    /** A card due by now: its question id, due time and state. */
    record DueRow(long questionId, Instant due, CardState state) {}

    List<DueRow> dueBy(long accountId, Instant now) {
        return jdbc.sql(
                        "SELECT question_id, due, state FROM practice_card WHERE account_id = ? AND due <= ? ORDER BY due")
                .params(accountId, utc(now))
                .query((rs, i) -> new DueRow(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        CardState.valueOf(rs.getString(3))))
                .list();
    }

    /** The account's cards by question id. */
    Map<Long, Card> cards(long accountId) {
        Map<Long, Card> cards = new LinkedHashMap<>();
        jdbc.sql(CARD_COLUMNS + " WHERE account_id = ?").param(accountId).query(rs -> {
            cards.put(rs.getLong(1), card(rs));
        });
        return cards;
    }

    RatingAgreement ratingAgreement(long accountId) {
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(CASE WHEN rating = suggested_rating THEN 1 ELSE 0 END), 0)
                        FROM practice_review WHERE account_id = ? AND suggested_rating IS NOT NULL""")
                .param(accountId)
                .query((rs, i) -> new RatingAgreement(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    Optional<Boolean> loadBalancing(long accountId) {
        return jdbc.sql("SELECT load_balancing FROM practice_setting WHERE account_id = ?")
                .param(accountId)
                .query(Boolean.class)
                .optional();
    }

    Optional<Double> retention(long accountId) {
        return jdbc.sql("SELECT desired_retention FROM practice_setting WHERE account_id = ?")
                .param(accountId)
                .query(Double.class)
                .optional();
    }

    void setLoadBalancing(long accountId, boolean on, double defaultRetention) {
        int n = jdbc.sql("UPDATE practice_setting SET load_balancing = ? WHERE account_id = ?")
                .params(on, accountId)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO practice_setting (account_id, desired_retention, load_balancing) VALUES (?, ?, ?)")
                    .params(accountId, defaultRetention, on)
                    .update();
        }
    }

    void setRetention(long accountId, double retention) {
        int n = jdbc.sql("UPDATE practice_setting SET desired_retention = ? WHERE account_id = ?")
                .params(retention, accountId)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO practice_setting (account_id, desired_retention) VALUES (?, ?)")
                    .params(accountId, retention)
                    .update();
        }
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
}
