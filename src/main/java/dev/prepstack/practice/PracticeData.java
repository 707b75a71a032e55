package dev.prepstack.practice;

import dev.prepstack.account.PersonalData;
import dev.prepstack.catalog.Catalog;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Practice data in the account's export and deletion: cards, reviews with answers, sessions,
 * settings (desired retention, load balancing), the person's own FSRS parameters, interview plans.
 */
@Component
class PracticeData implements PersonalData {

    private static final Comparator<Map<String, Object>> BY_QUESTION =
            Comparator.comparing(row -> (String) row.get("question"));

    private final JdbcClient jdbc;
    private final ParameterStore parameters;
    private final Catalog catalog;
    private final PlanStore plans;

    PracticeData(JdbcClient jdbc, ParameterStore parameters, Catalog catalog, PlanStore plans) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.catalog = catalog;
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
        out.put(
                "loadBalancing",
                jdbc.sql("SELECT load_balancing FROM practice_setting WHERE account_id = ?")
                        .param(accountId)
                        .query(Boolean.class)
                        .optional()
                        .orElse(false));
        // The person's own FSRS parameters and last optimisation run; null: never optimised.
        out.put("memoryModel", parameters.export(accountId));
        out.put("interviewPlans", plans.export(accountId));
        out.put("cards", cards(accountId));
        out.put("reviews", reviews(accountId));
        out.put("sessions", sessions(accountId));
        out.put("bookmarks", bookmarks(accountId));
        out.put("notes", notes(accountId));
        return out;
    }

    private List<Map<String, Object>> cards(long accountId) {
        return jdbc
                .sql("""
                SELECT question_id, state, step, stability, difficulty, due, last_review, reps, lapses
                FROM practice_card WHERE account_id = ?""")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question",
                        slug(rs.getLong(1)),
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
                .list()
                .stream()
                .sorted(BY_QUESTION)
                .toList();
    }

    private List<Map<String, Object>> reviews(long accountId) {
        return jdbc.sql("""
                SELECT question_id, rating, reviewed_at, answer, elapsed_seconds, client_review_id, feedback_score,
                    suggested_rating
                FROM practice_review WHERE account_id = ? ORDER BY id""")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question",
                        slug(rs.getLong(1)),
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
                .list();
    }

    private List<Map<String, Object>> sessions(long accountId) {
        return jdbc.sql(
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
                .list();
    }

    private List<Map<String, Object>> bookmarks(long accountId) {
        return jdbc.sql(
                        "SELECT question_id, created_at FROM practice_bookmark WHERE account_id = ? ORDER BY created_at")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question", slug(rs.getLong(1)), "at", instant(rs.getObject(2, OffsetDateTime.class))))
                .list();
    }

    private List<Map<String, Object>> notes(long accountId) {
        return jdbc
                .sql("SELECT question_id, text, updated_at FROM practice_note WHERE account_id = ?")
                .param(accountId)
                .query((rs, i) -> PersonalData.row(
                        "question",
                        slug(rs.getLong(1)),
                        "text",
                        rs.getString(2),
                        "updatedAt",
                        instant(rs.getObject(3, OffsetDateTime.class))))
                .list()
                .stream()
                .sorted(BY_QUESTION)
                .toList();
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

    /** The question's current slug, live or retired: the catalog's, not a read of its table. */
    private String slug(long questionId) {
        return catalog.question(questionId).orElseThrow().slug();
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
