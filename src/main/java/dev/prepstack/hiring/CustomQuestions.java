package dev.prepstack.hiring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own questions. Changing or deleting one never changes a kit version that uses
 * it: versions keep a copy of the question as it was.
 */
@Service
@Transactional
public class CustomQuestions {

    public static final int MAX_PER_ORGANISATION = 1_000;

    private final JdbcClient jdbc;
    private final Membership membership;
    private final Clock clock = Clock.systemUTC();

    CustomQuestions(JdbcClient jdbc, Membership membership) {
        this.jdbc = jdbc;
        this.membership = membership;
    }

    public CustomQuestion create(long accountId, CustomQuestionDraft draft) {
        long organisation = membership.requireCurrent(accountId);
        long count = jdbc.sql("SELECT COUNT(*) FROM hiring_custom_question WHERE organisation_id = ?")
                .param(organisation)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_ORGANISATION) {
            throw new dev.prepstack.shared.InvalidParameterException(
                    "title", "the organisation already has " + MAX_PER_ORGANISATION + " custom questions");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_custom_question (organisation_id, title, key_points_json, follow_ups_json,
                          reference_answer, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        organisation,
                        draft.title(),
                        Json.write(draft.keyPoints()),
                        Json.write(draft.followUps()),
                        draft.referenceAnswer(),
                        accountId,
                        now(),
                        now())
                .update(key, "id");
        return find(accountId, key.getKey().longValue());
    }

    /** The current organisation's questions. */
    @Transactional(readOnly = true)
    public List<CustomQuestion> list(long accountId) {
        return listIn(accountId, membership.requireCurrent(accountId));
    }

    @Transactional(readOnly = true)
    public List<CustomQuestion> listIn(long accountId, long organisation) {
        membership.require(organisation, accountId);
        return jdbc.sql("SELECT id, title, key_points_json, follow_ups_json, reference_answer, updated_at"
                        + " FROM hiring_custom_question WHERE organisation_id = ? ORDER BY title, id")
                .param(organisation)
                .query((rs, i) -> question(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public CustomQuestion find(long accountId, long id) {
        membership.organisationOf("hiring_custom_question", id, accountId, "custom question");
        return jdbc.sql("SELECT id, title, key_points_json, follow_ups_json, reference_answer, updated_at"
                        + " FROM hiring_custom_question WHERE id = ?")
                .param(id)
                .query((rs, i) -> question(rs))
                .single();
    }

    long organisationOf(long accountId, long id) {
        return membership.organisationOf("hiring_custom_question", id, accountId, "custom question");
    }

    public CustomQuestion update(long accountId, long id, CustomQuestionDraft draft) {
        membership.organisationOf("hiring_custom_question", id, accountId, "custom question");
        jdbc.sql("""
                        UPDATE hiring_custom_question SET title = ?, key_points_json = ?, follow_ups_json = ?,
                          reference_answer = ?, updated_at = ? WHERE id = ?""")
                .params(
                        draft.title(),
                        Json.write(draft.keyPoints()),
                        Json.write(draft.followUps()),
                        draft.referenceAnswer(),
                        now(),
                        id)
                .update();
        return find(accountId, id);
    }

    public void delete(long accountId, long id) {
        membership.organisationOf("hiring_custom_question", id, accountId, "custom question");
        // Kit versions keep their own copy of the question and are not touched.
        jdbc.sql("DELETE FROM hiring_custom_question WHERE id = ?").param(id).update();
    }

    private static CustomQuestion question(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CustomQuestion(
                rs.getLong(1),
                rs.getString(2),
                Json.strings(rs.getString(3)),
                Json.strings(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
