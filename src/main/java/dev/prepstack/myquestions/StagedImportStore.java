package dev.prepstack.myquestions;

import static dev.prepstack.myquestions.OwnQuestionStore.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Previews waiting for the person to confirm them: one per person, the newest replacing the last. */
@Repository
class StagedImportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    StagedImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String fileName, String format, List<ImportedEntry> entries) {}

    private record Stored(String format, List<ImportedEntry> entries) {}

    long replace(long accountId, String fileName, String format, List<ImportedEntry> entries, Instant now) {
        jdbc.sql("DELETE FROM own_question_import WHERE account_id = ?")
                .param(accountId)
                .update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO own_question_import (account_id, file_name, drafts_json, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, fileName, JSON.writeValueAsString(new Stored(format, entries)), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The staged import, removed: a confirmation is used once. */
    Optional<Row> take(long accountId, long id) {
        Optional<Row> row = jdbc.sql(
                        "SELECT file_name, drafts_json FROM own_question_import WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .query((rs, i) -> {
                    Stored s = JSON.readValue(rs.getString(2), Stored.class);
                    return new Row(rs.getString(1), s.format(), s.entries());
                })
                .optional();
        row.ifPresent(r -> jdbc.sql("DELETE FROM own_question_import WHERE id = ?")
                .param(id)
                .update());
        return row;
    }

    List<java.util.Map<String, Object>> export(long accountId) {
        return jdbc.sql("SELECT file_name, created_at FROM own_question_import WHERE account_id = ?")
                .param(accountId)
                .query((rs, i) -> dev.prepstack.account.PersonalData.row(
                        "fileName",
                        rs.getString(1),
                        "stagedAt",
                        rs.getObject(2, java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString()))
                .list();
    }
}
