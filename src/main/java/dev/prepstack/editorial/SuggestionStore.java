package dev.prepstack.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of suggestions. */
@Component
class SuggestionStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "id, account_id, question_id, topic_slug, kind, title, summary,"
            + " key_points_json, answer_markdown, source_url, note, credit_name, status, editor_id, editor_reply,"
            + " revision_id, created_at, decided_at, more_json";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SuggestionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Which pending suggestions an editor's queue shows. */
    record QueueFilter(String topic, List<Long> questionIds, SuggestionKind kind, Instant createdBefore) {}

    long insert(Suggestion s) {
        jdbc.sql("""
                        INSERT INTO editorial_suggestion (account_id, question_id, topic_slug, kind, title, summary,
                            key_points_json, answer_markdown, source_url, note, credit_name, status, created_at,
                            more_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.accountId(),
                        s.questionId(),
                        s.topic(),
                        s.kind().slug(),
                        s.fields().title(),
                        s.fields().summary(),
                        json.writeValueAsString(s.fields().keyPoints()),
                        s.fields().answerMarkdown(),
                        s.sourceUrl(),
                        s.note(),
                        s.creditName(),
                        s.status().name(),
                        timestamp(s.createdAt()),
                        json.writeValueAsString(beyondTheAnswer(s.fields())))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM editorial_suggestion WHERE account_id = ?")
                .param(s.accountId())
                .query(Long.class)
                .single();
    }

    Optional<Suggestion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_suggestion WHERE id = ?")
                .param(id)
                .query(this::suggestion)
                .optional();
    }

    /** The suggestion for update: a second editor deciding it at the same time waits, then sees it decided. */
    Optional<Suggestion> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_suggestion WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::suggestion)
                .optional();
    }

    List<Suggestion> ofAccount(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_suggestion WHERE account_id = ? ORDER BY id DESC")
                .param(accountId)
                .query(this::suggestion)
                .list();
    }

    int countSince(long accountId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM editorial_suggestion WHERE account_id = ? AND created_at >= ?")
                .params(accountId, timestamp(since))
                .query(Integer.class)
                .single();
    }

    List<Suggestion> pending(QueueFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_suggestion WHERE " + where
                        + " ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(params)
                .query(this::suggestion)
                .list();
    }

    long countPending(QueueFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM editorial_suggestion WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(QueueFilter filter, List<Object> params) {
        var where = new StringBuilder("status = 'PENDING'");
        if (filter.kind() != null) {
            where.append(" AND kind = ?");
            params.add(filter.kind().slug());
        }
        if (filter.createdBefore() != null) {
            where.append(" AND created_at <= ?");
            params.add(timestamp(filter.createdBefore()));
        }
        if (filter.questionIds() != null) {
            // A topic's suggestions: on its questions, or new questions for it.
            where.append(" AND (topic_slug = ?");
            params.add(filter.topic());
            if (!filter.questionIds().isEmpty()) {
                where.append(" OR question_id IN (")
                        .append(String.join(
                                ", ",
                                java.util.Collections.nCopies(
                                        filter.questionIds().size(), "?")))
                        .append(')');
                params.addAll(filter.questionIds());
            }
            where.append(')');
        }
        return where.toString();
    }

    void decide(Suggestion s) {
        jdbc.sql("UPDATE editorial_suggestion SET status = ?, editor_id = ?, editor_reply = ?, revision_id = ?,"
                        + " decided_at = ? WHERE id = ?")
                .params(
                        s.status().name(),
                        s.editorId(),
                        s.editorReply(),
                        s.revisionId(),
                        timestamp(s.decidedAt()),
                        s.id())
                .update();
    }

    void eraseFor(long accountId) {
        jdbc.sql("DELETE FROM editorial_suggestion WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("UPDATE editorial_suggestion SET editor_id = NULL WHERE editor_id = ?")
                .param(accountId)
                .update();
    }

    private Suggestion suggestion(ResultSet rs, int row) throws SQLException {
        return new Suggestion(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getObject("question_id", Long.class),
                rs.getString("topic_slug"),
                SuggestionKind.fromSlug(rs.getString("kind")).orElseThrow(),
                fields(rs),
                rs.getString("source_url"),
                rs.getString("note"),
                rs.getString("credit_name"),
                SuggestionStatus.valueOf(rs.getString("status")),
                rs.getObject("editor_id", Long.class),
                rs.getString("editor_reply"),
                rs.getObject("revision_id", Long.class),
                instant(rs, "created_at"),
                instant(rs, "decided_at"));
    }

    /** The fields after the answer; the first four have their own columns. */
    private static QuestionFields beyondTheAnswer(QuestionFields f) {
        return new QuestionFields(
                "", "", List.of(), "", f.followUps(), f.commonMistakes(), f.sources(), f.tags(), f.level());
    }

    private QuestionFields fields(ResultSet rs) throws SQLException {
        var first = new QuestionFields(
                rs.getString("title"),
                rs.getString("summary"),
                json.readValue(rs.getString("key_points_json"), STRINGS),
                rs.getString("answer_markdown"));
        String more = rs.getString("more_json");
        if (more == null) {
            return first;
        }
        var all = json.readValue(more, QuestionFields.class);
        return new QuestionFields(
                first.title(),
                first.summary(),
                first.keyPoints(),
                first.answerMarkdown(),
                all.followUps(),
                all.commonMistakes(),
                all.sources(),
                all.tags(),
                all.level());
    }

    static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
