package dev.prepstack.practice;

import dev.prepstack.account.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Practice data in the account's export and deletion: cards, reviews with answers, sessions,
 * settings, the person's own FSRS parameters, interview plans.
 */
@Component
class PracticeData implements PersonalData {

    private final JdbcClient jdbc;
    private final ParameterStore parameters;
    private final PlanStore plans;

    PracticeData(JdbcClient jdbc, ParameterStore parameters, PlanStore plans) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.plans = plans;
    }

    @Override
    public String section() {
        return "practice";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "desiredRetention",
                jdbc.sql("SELECT desired_retention FROM practice_setting WHERE account_id = ?")
                        .param(accountId)
                        .query(Double.class)
                        .optional()
                        .orElse(Practice.DEFAULT_RETENTION));
        // The person's own FSRS parameters and last optimisation run; null: never optimised.
        out.put("memoryModel", parameters.export(accountId));
        out.put("interviewPlans", plans.export(accountId));
        out.put(
                "cards",
                jdbc.sql("""
                        SELECT q.slug, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses
                        FROM practice_card c JOIN question q ON q.id = c.question_id WHERE c.account_id = ? ORDER BY q.slug""")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "question",
                                rs.getString(1),
                                "state",
                                rs.getString(2),
                                "step",
                                rs.getObject(3),
                                "stability",
                                rs.getObject(4),
                                "difficulty",
                                rs.getObject(5),
                                "due",
                                instant(rs.getObject(6, OffsetDateTime.class)),
                                "lastReview",
                                instant(rs.getObject(7, OffsetDateTime.class)),
                                "reps",
                                rs.getInt(8),
                                "lapses",
                                rs.getInt(9)))
                        .list());
        out.put(
                "reviews",
                jdbc.sql("""
                        SELECT q.slug, r.rating, r.reviewed_at, r.answer, r.elapsed_seconds, r.client_review_id, r.feedback_score,
                            r.suggested_rating
                        FROM practice_review r JOIN question q ON q.id = r.question_id WHERE r.account_id = ? ORDER BY r.id""")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "question",
                                rs.getString(1),
                                "rating",
                                rs.getString(2),
                                "reviewedAt",
                                instant(rs.getObject(3, OffsetDateTime.class)),
                                "answer",
                                rs.getString(4),
                                "elapsedSeconds",
                                rs.getObject(5),
                                "clientReviewId",
                                rs.getString(6),
                                "feedbackScore",
                                rs.getObject(7),
                                "suggestedRating",
                                rs.getString(8)))
                        .list());
        out.put(
                "sessions",
                jdbc.sql(
                                "SELECT id, created_at, mode, questions_json FROM practice_session WHERE account_id = ? ORDER BY id")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "id",
                                rs.getLong(1),
                                "createdAt",
                                instant(rs.getObject(2, OffsetDateTime.class)),
                                "mode",
                                rs.getString(3),
                                "questions",
                                List.of(rs.getString(4).split("\n"))))
                        .list());
        out.put(
                "bookmarks",
                jdbc.sql("SELECT q.slug, b.created_at FROM practice_bookmark b JOIN question q"
                                + " ON q.id = b.question_id WHERE b.account_id = ? ORDER BY b.created_at")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "question", rs.getString(1), "at", instant(rs.getObject(2, OffsetDateTime.class))))
                        .list());
        out.put(
                "notes",
                jdbc.sql("SELECT q.slug, n.text, n.updated_at FROM practice_note n JOIN question q"
                                + " ON q.id = n.question_id WHERE n.account_id = ? ORDER BY q.slug")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "question",
                                rs.getString(1),
                                "text",
                                rs.getString(2),
                                "updatedAt",
                                instant(rs.getObject(3, OffsetDateTime.class))))
                        .list());
        return out;
    }

    @Override
    public void erase(long accountId) {
        parameters.erase(accountId);
        plans.erase(accountId);
        for (String table : List.of(
                "practice_review",
                "practice_card",
                "practice_session",
                "practice_setting",
                "practice_bookmark",
                "practice_note")) {
            jdbc.sql("DELETE FROM " + table + " WHERE account_id = ?")
                    .param(accountId)
                    .update();
        }
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
