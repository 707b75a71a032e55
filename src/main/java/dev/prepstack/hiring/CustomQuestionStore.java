package dev.prepstack.hiring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** An organisation's custom questions: the SQL and the row mapping. */
@Component
class CustomQuestionStore {

    private static final String COLUMNS =
            "SELECT id, title, key_points_json, follow_ups_json, reference_answer, updated_at FROM hiring_custom_question";

    private final JdbcClient jdbc;
    private final Columns lists;

    CustomQuestionStore(JdbcClient jdbc, Columns lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    long count(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_custom_question WHERE organisation_id = ?")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    long insert(long organisationId, CustomQuestionDraft draft, long createdBy, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_custom_question (organisation_id, title, key_points_json, follow_ups_json,
                          reference_answer, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        organisationId,
                        draft.title(),
                        lists.write(draft.keyPoints()),
                        lists.write(draft.followUps()),
                        draft.referenceAnswer(),
                        createdBy,
                        Columns.timestamp(at),
                        Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<CustomQuestion> ofOrganisation(long organisationId) {
        return jdbc.sql(COLUMNS + " WHERE organisation_id = ? ORDER BY title, id")
                .param(organisationId)
                .query((rs, i) -> question(rs))
                .list();
    }

    CustomQuestion find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query((rs, i) -> question(rs))
                .single();
    }

    void update(long id, CustomQuestionDraft draft, Instant at) {
        jdbc.sql("""
                        UPDATE hiring_custom_question SET title = ?, key_points_json = ?, follow_ups_json = ?,
                          reference_answer = ?, updated_at = ? WHERE id = ?""")
                .params(
                        draft.title(),
                        lists.write(draft.keyPoints()),
                        lists.write(draft.followUps()),
                        draft.referenceAnswer(),
                        Columns.timestamp(at),
                        id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM hiring_custom_question WHERE id = ?").param(id).update();
    }

    private CustomQuestion question(ResultSet rs) throws SQLException {
        return new CustomQuestion(
                rs.getLong(1),
                rs.getString(2),
                lists.strings(rs.getString(3)),
                lists.strings(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }
}
