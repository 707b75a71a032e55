package dev.prepstack.feedback;

import dev.prepstack.account.PersonalData;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saved feedback in the account's export and deletion. */
@Component
class FeedbackData implements PersonalData {

    private final JdbcClient jdbc;
    private final Catalog catalog;

    FeedbackData(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public String section() {
        return "feedback";
    }

    @Override
    public Object export(long accountId) {
        return jdbc.sql(
                        "SELECT question_id, answer, score, result_json, created_at FROM feedback_result WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    long questionId = rs.getLong(1);
                    // The question's slug of today, as the export always named it.
                    m.put(
                            "question",
                            rs.wasNull()
                                    ? null
                                    : catalog.question(questionId)
                                            .map(Question::slug)
                                            .orElse(null));
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
