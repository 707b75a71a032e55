package dev.prepstack.interview;

import dev.prepstack.account.PersonalData;
import dev.prepstack.catalog.Catalog;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mock interviews in the account's export and deletion: questions, every kept answer, scores (of
 * follow-ups too), sharing.
 */
@Component
class MockInterviewData implements PersonalData {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Catalog catalog;

    MockInterviewData(JdbcClient jdbc, JsonMapper json, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public String section() {
        return "mockInterviews";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> interviews = jdbc.sql("""
                        SELECT id, role_slug, seniority, started_at, time_limit_seconds, finished_at, score,
                            share_token_hash, shared_at FROM mock_interview WHERE account_id = ? ORDER BY id""")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("role", rs.getString(2));
                    m.put("seniority", rs.getString(3));
                    m.put("startedAt", instant(rs.getObject(4, OffsetDateTime.class)));
                    m.put("timeLimitSeconds", rs.getInt(5));
                    m.put("finishedAt", instant(rs.getObject(6, OffsetDateTime.class)));
                    m.put("score", rs.getObject(7));
                    // The share token itself is never stored; whether a link is live is.
                    m.put("shared", rs.getString(8) != null);
                    m.put("sharedAt", instant(rs.getObject(9, OffsetDateTime.class)));
                    return m;
                })
                .list();
        for (Map<String, Object> interview : interviews) {
            interview.put("questions", questions((long) interview.get("id")));
        }
        return interviews;
    }

    /** An interview's questions, each with its answers (main and follow-ups). */
    private List<Map<String, Object>> questions(long id) {
        List<Map<String, Object>> questions = new ArrayList<>(jdbc.sql("""
                            SELECT position, question_id, time_limit_seconds, follow_ups_json, opened_at,
                                score, feedback_json, follow_up_scores_json
                            FROM mock_interview_question WHERE interview_id = ? ORDER BY position""")
                .param(id)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("position", rs.getInt(1));
                    m.put(
                            "question",
                            catalog.question(rs.getLong(2)).orElseThrow().slug());
                    m.put("timeLimitSeconds", rs.getInt(3));
                    m.put("followUps", rs.getString(4) == null ? List.of() : json.readTree(rs.getString(4)));
                    m.put("openedAt", instant(rs.getObject(5, OffsetDateTime.class)));
                    m.put("score", rs.getObject(6));
                    m.put("feedback", rs.getString(7) == null ? null : json.readTree(rs.getString(7)));
                    // Null for interviews that finished before follow-ups were scored.
                    m.put("followUpScores", rs.getString(8) == null ? null : json.readTree(rs.getString(8)));
                    m.put("answers", new ArrayList<>());
                    return m;
                })
                .list());
        jdbc.sql("""
                            SELECT position, follow_up, answer, revision, first_saved_at, saved_at, late
                            FROM mock_interview_answer WHERE interview_id = ? ORDER BY position, follow_up""").param(id).query(rs -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("followUp", rs.getInt(2));
            a.put("answer", rs.getString(3));
            a.put("revision", rs.getLong(4));
            a.put("firstSavedAt", instant(rs.getObject(5, OffsetDateTime.class)));
            a.put("savedAt", instant(rs.getObject(6, OffsetDateTime.class)));
            a.put("late", rs.getBoolean(7));
            int position = rs.getInt(1);
            questions.stream()
                    .filter(q -> (int) q.get("position") == position)
                    .findFirst()
                    .ifPresent(q -> answersOf(q).add(a));
        });
        return questions;
    }

    @Override
    public void erase(long accountId) {
        String mine = "(SELECT id FROM mock_interview WHERE account_id = ?)";
        jdbc.sql("DELETE FROM mock_interview_answer WHERE interview_id IN " + mine)
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM mock_interview_question WHERE interview_id IN " + mine)
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM mock_interview WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answersOf(Map<String, Object> question) {
        return (List<Map<String, Object>>) question.get("answers");
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
