package dev.prepstack.myquestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of own questions. Every read and write names the owner, so another person's row is never seen. */
@Repository
class OwnQuestionStore {

    private static final String COLUMNS =
            "id, title, answer, key_points, follow_ups, tags, level, source, created_at, updated_at";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    OwnQuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, OwnQuestionDraft d, String fingerprint, String source, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO own_question (account_id, title, answer, key_points, follow_ups, tags, level,
                            fingerprint, source, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        d.title(),
                        d.answer(),
                        json(d.keyPoints()),
                        json(d.followUps()),
                        json(d.tags()),
                        d.level(),
                        fingerprint,
                        source,
                        utc(now),
                        utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long accountId, long id, OwnQuestionDraft d, String fingerprint, Instant now) {
        return jdbc.sql("""
                        UPDATE own_question SET title = ?, answer = ?, key_points = ?, follow_ups = ?, tags = ?,
                            level = ?, fingerprint = ?, updated_at = ? WHERE id = ? AND account_id = ?""")
                        .params(
                                d.title(),
                                d.answer(),
                                json(d.keyPoints()),
                                json(d.followUps()),
                                json(d.tags()),
                                d.level(),
                                fingerprint,
                                utc(now),
                                id,
                                accountId)
                        .update()
                > 0;
    }

    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM own_question WHERE id = ? AND account_id = ?")
                        .params(id, accountId)
                        .update()
                > 0;
    }

    Optional<OwnQuestion> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM own_question WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .query((rs, i) -> question(rs))
                .optional();
    }

    List<OwnQuestion> page(long accountId, String tag, int page, int size) {
        String byTag = tag == null ? "" : " AND tags LIKE ?";
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM own_question WHERE account_id = ?" + byTag
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .param(accountId);
        if (tag != null) {
            sql = sql.param("%" + JSON.writeValueAsString(tag) + "%");
        }
        return sql.param(size)
                .param((long) page * size)
                .query((rs, i) -> question(rs))
                .list();
    }

    List<OwnQuestion> all(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM own_question WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> question(rs))
                .list();
    }

    int count(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM own_question WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    boolean hasFingerprint(long accountId, String fingerprint, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM own_question WHERE account_id = ? AND fingerprint = ? AND id <> ?")
                        .params(accountId, fingerprint, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Set<String> fingerprints(long accountId) {
        return new HashSet<>(jdbc.sql("SELECT fingerprint FROM own_question WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .list());
    }

    void eraseAll(long accountId) {
        jdbc.sql("DELETE FROM own_question_review WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM own_question_card WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM own_question_set WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM own_question_import WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM own_question WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    static String json(Collection<String> values) {
        return JSON.writeValueAsString(values == null ? List.of() : values);
    }

    static List<String> list(String json) {
        return json == null || json.isBlank() ? List.of() : List.of(JSON.readValue(json, String[].class));
    }

    private static OwnQuestion question(ResultSet rs) throws SQLException {
        return new OwnQuestion(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("answer"),
                list(rs.getString("key_points")),
                list(rs.getString("follow_ups")),
                list(rs.getString("tags")),
                rs.getString("level"),
                rs.getString("source"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
