package dev.prepstack.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of revisions. */
@Component
class RevisionStore {

    static final String FORMER_CONTRIBUTOR = "a former contributor";
    private static final String COLUMNS = "id, question_id, number, fields_json, previous_json, file_text,"
            + " change_summary, author_id, author_credit, editor_id, suggestion_id, base_hash, created_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RevisionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the revision under the next number of its question; returns it with id and number. */
    Revision insert(Revision r) {
        int number = latest(r.questionId()).map(Revision::number).orElse(0) + 1;
        jdbc.sql("""
                        INSERT INTO editorial_revision (question_id, number, fields_json, previous_json, file_text,
                            change_summary, author_id, author_credit, editor_id, suggestion_id, base_hash, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.questionId(),
                        number,
                        json.writeValueAsString(r.fields()),
                        json.writeValueAsString(r.previous()),
                        r.fileText(),
                        r.changeSummary(),
                        r.authorId(),
                        r.authorCredit(),
                        r.editorId(),
                        r.suggestionId(),
                        r.baseHash(),
                        SuggestionStore.timestamp(r.createdAt()))
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_revision WHERE question_id = ? AND number = ?")
                .params(r.questionId(), number)
                .query(this::revision)
                .single();
    }

    Optional<Revision> latest(long questionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_revision WHERE question_id = ?"
                        + " ORDER BY number DESC LIMIT 1")
                .param(questionId)
                .query(this::revision)
                .optional();
    }

    /** Newest first. */
    List<Revision> ofQuestion(long questionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_revision WHERE question_id = ? ORDER BY number DESC")
                .param(questionId)
                .query(this::revision)
                .list();
    }

    /** The newest revision of every revised question. */
    List<Revision> latestOfEach() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_revision r WHERE number ="
                        + " (SELECT MAX(number) FROM editorial_revision l WHERE l.question_id = r.question_id)"
                        + " ORDER BY question_id")
                .query(this::revision)
                .list();
    }

    List<Revision> byAuthor(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM editorial_revision WHERE author_id = ? ORDER BY id")
                .param(accountId)
                .query(this::revision)
                .list();
    }

    /** The shipped file's hash whose conflict with this revision an editor resolved by taking the file. */
    Optional<String> resolvedHash(long revisionId) {
        return jdbc.sql("SELECT resolved_hash FROM editorial_revision WHERE id = ?")
                .param(revisionId)
                .query(String.class)
                .optional();
    }

    void resolve(long revisionId, String shippedHash) {
        jdbc.sql("UPDATE editorial_revision SET resolved_hash = ? WHERE id = ?")
                .params(shippedHash, revisionId)
                .update();
    }

    /** Keeps the account's revisions (the bank needs them) and credits them to a former contributor. */
    void anonymise(long accountId) {
        jdbc.sql("UPDATE editorial_revision SET author_id = NULL, author_credit = ? WHERE author_id = ?")
                .params(FORMER_CONTRIBUTOR, accountId)
                .update();
        jdbc.sql("UPDATE editorial_revision SET editor_id = NULL WHERE editor_id = ?")
                .param(accountId)
                .update();
    }

    private Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("id"),
                rs.getLong("question_id"),
                rs.getInt("number"),
                json.readValue(rs.getString("fields_json"), QuestionFields.class),
                json.readValue(rs.getString("previous_json"), QuestionFields.class),
                rs.getString("file_text"),
                rs.getString("change_summary"),
                rs.getObject("author_id", Long.class),
                rs.getString("author_credit"),
                rs.getObject("editor_id", Long.class),
                rs.getObject("suggestion_id", Long.class),
                rs.getString("base_hash"),
                SuggestionStore.instant(rs, "created_at"));
    }
}
