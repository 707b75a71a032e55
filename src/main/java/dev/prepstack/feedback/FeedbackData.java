package dev.prepstack.feedback;

import dev.prepstack.account.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saved feedback in the account's export and deletion. */
@Component
class FeedbackData implements PersonalData {

    private final JdbcClient jdbc;

    FeedbackData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "feedback";
    }

    @Override
    public Object export(long accountId) {
        return jdbc.sql(
                        "SELECT question_slug, answer, score, result_json, created_at FROM feedback_result WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("question", rs.getString(1));
                    m.put("answer", rs.getString(2));
                    m.put("score", rs.getInt(3));
                    m.put("feedback", rs.getString(4));
                    m.put(
                            "at",
                            rs.getObject(5, OffsetDateTime.class).toInstant().toString());
                    return m;
                })
                .list();
    }

    @Override
    public void erase(long accountId) {
        jdbc.sql("DELETE FROM feedback_result WHERE account_id = ?")
                .param(accountId)
                .update();
    }
}
