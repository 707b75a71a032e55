package dev.prepstack.interview;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.feedback.Feedback;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mock interview aggregate's SQL and row mapping: an interview row, its questions and its kept
 * answers. Decisions (which step comes next, whether answers may change) are the domain's; this
 * only reads and writes.
 */
@Repository
class MockInterviewStore {

    private static final String SUMMARY = """
            SELECT i.id, i.role_slug, i.seniority, i.started_at, i.finished_at, i.score,
                (SELECT COUNT(*) FROM mock_interview_question q WHERE q.interview_id = i.id), i.time_limit_seconds
            FROM mock_interview i""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Catalog catalog;

    MockInterviewStore(JdbcClient jdbc, JsonMapper json, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.json = json;
    }

    /** What the server kept of one answer. */
    record KeptAnswer(long revision, Instant savedAt, boolean late) {}

    /** The owner of an interview behind a share link. */
    record Owner(long accountId, long id) {}

    long insert(long accountId, String role, String seniority, Instant startedAt, int timeLimitSeconds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mock_interview (account_id, role_slug, seniority, started_at, time_limit_seconds,
                            cursor_position, cursor_follow_up) VALUES (?, ?, ?, ?, ?, 0, 0)""")
                .params(accountId, role, seniority, utc(startedAt), timeLimitSeconds)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertQuestion(long id, int position, long questionId, int timeLimitSeconds, int followUps, Instant openedAt) {
        jdbc.sql("""
                        INSERT INTO mock_interview_question (interview_id, position, question_id, time_limit_seconds,
                            follow_up_count, opened_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, position, questionId, timeLimitSeconds, followUps, openedAt == null ? null : utc(openedAt))
                .update();
    }

    long count(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM mock_interview WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    List<MockInterviews.Summary> page(long accountId, int page, int size) {
        return jdbc.sql(SUMMARY + " WHERE i.account_id = ? ORDER BY i.id DESC LIMIT ? OFFSET ?")
                .params(accountId, size, (long) page * size)
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<MockInterviews.Summary> newestFinished(long accountId, int limit) {
        return jdbc.sql(SUMMARY + " WHERE i.account_id = ? AND i.finished_at IS NOT NULL ORDER BY i.finished_at DESC"
                        + " LIMIT ?")
                .params(accountId, limit)
                .query((rs, i) -> summary(rs))
                .list();
    }

    /** The questions of the person's latest interview, which a new plan avoids. */
    Set<String> previousQuestions(long accountId) {
        Set<String> slugs = new HashSet<>();
        jdbc.sql("""
                        SELECT question_id FROM mock_interview_question
                        WHERE interview_id = (SELECT MAX(id) FROM mock_interview WHERE account_id = ?)""")
                .param(accountId)
                .query(Long.class)
                .list()
                .forEach(id -> catalog.question(id).ifPresent(q -> slugs.add(q.slug())));
        return slugs;
    }

    /** Locks the interview row until the transaction ends; false when there is no such interview of the account. */
    boolean lock(long accountId, long id) {
        return jdbc.sql("SELECT id FROM mock_interview WHERE id = ? AND account_id = ? FOR UPDATE")
                .params(id, accountId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Writes the answer only if it raises the revision (or is the first); returns whether it was written. */
    boolean keepAnswer(long id, int position, int followUp, String text, long revision, Instant now, boolean late) {
        int written = jdbc.sql("""
                        UPDATE mock_interview_answer SET answer = ?, revision = ?, saved_at = ?, late = ?
                        WHERE interview_id = ? AND position = ? AND follow_up = ? AND revision < ?""")
                .params(text, revision, utc(now), late, id, position, followUp, revision)
                .update();
        if (written == 0) {
            written = jdbc.sql("""
                            INSERT INTO mock_interview_answer (interview_id, position, follow_up, answer, revision,
                                first_saved_at, saved_at, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, position, followUp, text, revision, utc(now), utc(now), late)
                    .update();
        }
        return written > 0;
    }

    KeptAnswer answer(long id, int position, int followUp) {
        return jdbc.sql("SELECT revision, saved_at, late FROM mock_interview_answer"
                        + " WHERE interview_id = ? AND position = ? AND follow_up = ?")
                .params(id, position, followUp)
                .query((rs, i) -> new KeptAnswer(rs.getLong(1), instant(rs, 2), rs.getBoolean(3)))
                .single();
    }

    void markOpened(long id, int position, Instant now) {
        jdbc.sql("UPDATE mock_interview_question SET opened_at = ? WHERE interview_id = ? AND position = ?"
                        + " AND opened_at IS NULL")
                .params(utc(now), id, position)
                .update();
    }

    /** Keeps the question's follow-ups unless some were kept first: once chosen, they stay. */
    void keepFollowUps(long id, int position, List<String> followUps) {
        jdbc.sql("UPDATE mock_interview_question SET follow_ups_json = ? WHERE interview_id = ? AND position = ?"
                        + " AND follow_ups_json IS NULL")
                .params(json.writeValueAsString(followUps), id, position)
                .update();
    }

    void moveCursor(long id, MockInterview.Step to) {
        jdbc.sql("UPDATE mock_interview SET cursor_position = ?, cursor_follow_up = ? WHERE id = ?")
                .params(to.position(), to.followUp(), id)
                .update();
    }

    /** The main answer's feedback and, unless null, the follow-ups' scores; the score column stays the main answer's. */
    void keepEvaluation(long id, int position, Feedback feedback, List<FollowUpScore> followUps) {
        jdbc.sql("UPDATE mock_interview_question SET score = ?, feedback_json = ?, follow_up_scores_json = ?"
                        + " WHERE interview_id = ? AND position = ?")
                .params(
                        feedback.score(),
                        json.writeValueAsString(feedback),
                        followUps == null ? null : json.writeValueAsString(followUps),
                        id,
                        position)
                .update();
    }

    void finish(long id, Instant at, int score, MockInterview.Step cursor) {
        jdbc.sql("UPDATE mock_interview SET finished_at = ?, score = ?, cursor_position = ?, cursor_follow_up = ?"
                        + " WHERE id = ?")
                .params(utc(at), score, cursor.position(), cursor.followUp(), id)
                .update();
    }

    void rescore(long id, int score) {
        jdbc.sql("UPDATE mock_interview SET score = ? WHERE id = ?")
                .params(score, id)
                .update();
    }

    void share(long accountId, long id, String tokenHash, Instant at) {
        jdbc.sql("UPDATE mock_interview SET share_token_hash = ?, shared_at = ? WHERE id = ? AND account_id = ?")
                .params(tokenHash, utc(at), id, accountId)
                .update();
    }

    void revokeShare(long accountId, long id) {
        jdbc.sql("UPDATE mock_interview SET share_token_hash = NULL, shared_at = NULL WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .update();
    }

    /** The finished interview behind a live share link. */
    Optional<Owner> sharedBy(String tokenHash) {
        return jdbc.sql(
                        "SELECT id, account_id FROM mock_interview WHERE share_token_hash = ? AND finished_at IS NOT NULL")
                .param(tokenHash)
                .query((rs, i) -> new Owner(rs.getLong(2), rs.getLong(1)))
                .optional();
    }

    Optional<MockInterview> load(long accountId, long id) {
        record Head(
                long id,
                String role,
                String seniority,
                Instant startedAt,
                Instant finishedAt,
                Integer score,
                int position,
                int followUp,
                boolean shared) {}
        Optional<Head> head = jdbc.sql("""
                        SELECT id, role_slug, seniority, started_at, finished_at, score, cursor_position,
                            cursor_follow_up, share_token_hash FROM mock_interview WHERE id = ? AND account_id = ?""")
                .params(id, accountId)
                .query((rs, i) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4),
                        instant(rs, 5),
                        (Integer) rs.getObject(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(9) != null))
                .optional();
        return head.map(h -> new MockInterview(
                h.id(),
                h.role(),
                h.seniority() == null ? null : Seniority.fromSlug(h.seniority()).orElse(null),
                h.startedAt(),
                h.finishedAt(),
                h.score(),
                items(id, h.startedAt()),
                new MockInterview.Step(h.position(), h.followUp()),
                h.shared()));
    }

    private List<MockInterview.Item> items(long id, Instant startedAt) {
        Map<Integer, Map<Integer, MockInterview.Answer>> answers = answers(id);
        List<MockInterview.Item> items = new ArrayList<>();
        Instant[] due = {startedAt};
        jdbc.sql("""
                        SELECT position, question_id, time_limit_seconds, follow_up_count, follow_ups_json, opened_at,
                            feedback_json, follow_up_scores_json
                        FROM mock_interview_question WHERE interview_id = ? ORDER BY position""").param(id).query(rs -> {
            int position = rs.getInt(1);
            Question q = catalog.question(rs.getLong(2)).orElseThrow();
            int limit = rs.getInt(3);
            due[0] = due[0].plusSeconds(limit);
            String followUps = rs.getString(5);
            String feedbackJson = rs.getString(7);
            String followUpScores = rs.getString(8);
            items.add(new MockInterview.Item(
                    position,
                    q.slug(),
                    q.title(),
                    q.kind(),
                    q.level(),
                    q.topic(),
                    limit,
                    due[0],
                    rs.getInt(4),
                    followUps == null ? List.of() : List.of(json.readValue(followUps, String[].class)),
                    followUps != null,
                    instant(rs, 6),
                    Map.copyOf(answers.getOrDefault(position, Map.of())),
                    feedbackJson == null ? null : json.readValue(feedbackJson, Feedback.class),
                    followUpScores == null ? null : List.of(json.readValue(followUpScores, FollowUpScore[].class))));
        });
        return List.copyOf(items);
    }

    private Map<Integer, Map<Integer, MockInterview.Answer>> answers(long id) {
        Map<Integer, Map<Integer, MockInterview.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                        SELECT position, follow_up, answer, revision, first_saved_at, saved_at, late
                        FROM mock_interview_answer WHERE interview_id = ?""").param(id).query(rs -> {
            answers.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                    .put(
                            rs.getInt(2),
                            new MockInterview.Answer(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    instant(rs, 5),
                                    instant(rs, 6),
                                    rs.getBoolean(7)));
        });
        return answers;
    }

    private static MockInterviews.Summary summary(ResultSet rs) throws SQLException {
        return new MockInterviews.Summary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                instant(rs, 4),
                instant(rs, 5),
                (Integer) rs.getObject(6),
                rs.getInt(7),
                rs.getInt(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
