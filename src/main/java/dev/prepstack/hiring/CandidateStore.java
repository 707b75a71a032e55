package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Candidates: the SQL and the row mapping. Deleting one with everything about them is {@link Removal}'s. */
@Component
class CandidateStore {

    private static final String COLUMNS = "SELECT id, name, created_at FROM hiring_candidate";

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_candidate WHERE organisation_id = ?")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    long insert(long organisationId, String name, long createdBy, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_candidate (organisation_id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(organisationId, name, createdBy, Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Candidate> ofOrganisation(long organisationId) {
        return jdbc.sql(COLUMNS + " WHERE organisation_id = ? ORDER BY name, id")
                .param(organisationId)
                .query((rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    Candidate find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .single();
    }

    /** Who added the candidate; empty once that account was deleted. */
    Optional<Long> creator(long id) {
        return Optional.ofNullable(jdbc.sql("SELECT created_by FROM hiring_candidate WHERE id = ?")
                .param(id)
                .query((rs, i) -> rs.getObject(1, Long.class))
                .single());
    }
}
