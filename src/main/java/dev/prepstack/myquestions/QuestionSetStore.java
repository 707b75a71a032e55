package dev.prepstack.myquestions;

import static dev.prepstack.myquestions.OwnQuestionStore.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of shared question sets. Who may see a set is decided by {@link QuestionSets}. */
@Repository
class QuestionSetStore {

    private final JdbcClient jdbc;

    QuestionSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long ownerId, long organisationId, String title, Instant createdAt, int size) {}

    private static final String SELECT = """
            SELECT s.id, s.account_id, s.organisation_id, s.title, s.created_at,
                (SELECT COUNT(*) FROM own_question_set_item i WHERE i.set_id = s.id)
            FROM own_question_set s""";

    long insert(long accountId, long organisationId, String title, List<Long> questionIds, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO own_question_set (account_id, organisation_id, title, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, organisationId, title, utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (long q : questionIds) {
            jdbc.sql("INSERT INTO own_question_set_item (set_id, own_question_id) VALUES (?, ?)")
                    .params(id, q)
                    .update();
        }
        return id;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?")
                .param(id)
                .query((rs, i) -> row(rs))
                .optional();
    }

    List<Row> ofOwner(long accountId) {
        return jdbc.sql(SELECT + " WHERE s.account_id = ? ORDER BY s.id DESC")
                .param(accountId)
                .query((rs, i) -> row(rs))
                .list();
    }

    List<Row> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE s.organisation_id = ? ORDER BY s.id DESC")
                .param(organisationId)
                .query((rs, i) -> row(rs))
                .list();
    }

    int countOfOwner(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM own_question_set WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    /** The set's questions, in the owner's order; their owner's rows only. */
    List<Long> questionIds(long setId) {
        return jdbc.sql("""
                        SELECT i.own_question_id FROM own_question_set_item i
                        JOIN own_question_set s ON s.id = i.set_id
                        JOIN own_question q ON q.id = i.own_question_id AND q.account_id = s.account_id
                        WHERE i.set_id = ? ORDER BY i.own_question_id""").param(setId).query(Long.class).list();
    }

    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM own_question_set WHERE id = ? AND account_id = ?")
                        .params(id, accountId)
                        .update()
                > 0;
    }

    void eraseOwner(long accountId) {
        jdbc.sql("DELETE FROM own_question_set WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getInt(6));
    }
}
