package dev.prepstack.myquestions;

import static dev.prepstack.myquestions.OwnQuestionStore.utc;

import dev.prepstack.practice.Card;
import dev.prepstack.practice.CardState;
import dev.prepstack.practice.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of own questions' practice cards and reviews. */
@Repository
class OwnCardStore {

    /** As the bank's dashboard counts mastery: graduated, with a stability of three weeks or more. */
    static final double MASTERED_STABILITY = 21.0;

    private final JdbcClient jdbc;

    OwnCardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The card, locked for the rest of the transaction; a fresh one is made on the first review. */
    Card lock(long accountId, long questionId, Instant now) {
        jdbc.sql("INSERT INTO own_question_card (own_question_id, account_id, state, step, due, reps, lapses)"
                        + " VALUES (?, ?, 'LEARNING', 0, ?, 0, 0) ON CONFLICT DO NOTHING")
                .params(questionId, accountId, utc(now))
                .update();
        return jdbc.sql("SELECT state, step, stability, difficulty, due, last_review FROM own_question_card"
                        + " WHERE own_question_id = ? AND account_id = ? FOR UPDATE")
                .params(questionId, accountId)
                .query((rs, i) -> card(rs))
                .single();
    }

    Optional<Card> find(long accountId, long questionId) {
        return jdbc.sql("SELECT state, step, stability, difficulty, due, last_review FROM own_question_card"
                        + " WHERE own_question_id = ? AND account_id = ?")
                .params(questionId, accountId)
                .query((rs, i) -> card(rs))
                .optional();
    }

    void save(long accountId, long questionId, Card next, Instant at, boolean lapse) {
        jdbc.sql("""
                        UPDATE own_question_card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                            last_review = ?, reps = reps + 1, lapses = lapses + ?
                        WHERE own_question_id = ? AND account_id = ?""")
                .params(
                        next.state().name(),
                        next.step(),
                        next.stability(),
                        next.difficulty(),
                        utc(next.due()),
                        utc(at),
                        lapse ? 1 : 0,
                        questionId,
                        accountId)
                .update();
    }

    void addReview(
            long accountId, long questionId, Rating rating, Instant at, String answer, Integer score, Card next) {
        jdbc.sql("""
                        INSERT INTO own_question_review (own_question_id, account_id, rating, reviewed_at, answer,
                            feedback_score, state, stability, difficulty, due)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        questionId,
                        accountId,
                        rating.name(),
                        utc(at),
                        answer,
                        score,
                        next.state().name(),
                        next.stability(),
                        next.difficulty(),
                        utc(next.due()))
                .update();
    }

    /** Ids of the person's questions to practise now: due cards first (oldest due first), then new ones. */
    List<Long> dueOrNew(long accountId, Instant now, String tag, int limit) {
        String byTag = tag == null ? "" : " AND q.tags LIKE ?";
        var sql = jdbc.sql("""
                        SELECT q.id FROM own_question q
                        LEFT JOIN own_question_card c ON c.own_question_id = q.id
                        WHERE q.account_id = ? AND (c.due IS NULL OR c.due <= ?)""" + byTag + " ORDER BY CASE WHEN c.due IS NULL THEN 1 ELSE 0 END, c.due, q.id LIMIT ?")
                .param(accountId)
                .param(utc(now));
        if (tag != null) {
            sql = sql.param("%\"" + tag + "\"%");
        }
        return sql.param(limit).query(Long.class).list();
    }

    /** An own question to practise: {@code due} is null for one never practised. */
    record Due(long id, String title, Instant due) {}

    /** As {@link #dueOrNew}, with titles and due times, for a queue mixed with the bank's cards. */
    List<Due> dueOrNewWithTitles(long accountId, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT q.id, q.title, c.due FROM own_question q
                        LEFT JOIN own_question_card c ON c.own_question_id = q.id
                        WHERE q.account_id = ? AND (c.due IS NULL OR c.due <= ?)
                        ORDER BY CASE WHEN c.due IS NULL THEN 1 ELSE 0 END, c.due, q.id LIMIT ?""")
                .params(accountId, utc(now), limit)
                .query((rs, i) -> {
                    OffsetDateTime due = rs.getObject(3, OffsetDateTime.class);
                    return new Due(rs.getLong(1), rs.getString(2), due == null ? null : due.toInstant());
                })
                .list();
    }

    record Counts(int total, int due, int fresh, int reviews, int mastered) {}

    Counts counts(long accountId, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*),
                            COALESCE(SUM(CASE WHEN c.due IS NOT NULL AND c.due <= ? THEN 1 ELSE 0 END), 0),
                            COALESCE(SUM(CASE WHEN c.due IS NULL THEN 1 ELSE 0 END), 0),
                            (SELECT COUNT(*) FROM own_question_review r WHERE r.account_id = ?),
                            COALESCE(SUM(CASE WHEN c.state = 'REVIEW' AND c.stability >= ? THEN 1 ELSE 0 END), 0)
                        FROM own_question q LEFT JOIN own_question_card c ON c.own_question_id = q.id
                        WHERE q.account_id = ?""")
                .params(utc(now), accountId, MASTERED_STABILITY, accountId)
                .query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
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
}
