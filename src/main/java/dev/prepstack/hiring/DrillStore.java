package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Calibration drills, their answers, reference ratings and submitted ratings: the SQL and the row mapping. */
@Component
class DrillStore {

    private final JdbcClient jdbc;

    DrillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a drill sits and what it asks: enough to decide who may see it and to load the rest. */
    record Row(
            long id,
            long organisationId,
            long kitVersionId,
            int position,
            String title,
            String discussion,
            Long createdBy,
            Instant createdAt) {}

    /** One submitted set of ratings; {@code raterId} is null once the rater deleted their account. */
    record Submission(long id, Long raterId, Instant submittedAt) {}

    record Summary(long id, String title, long kitVersionId, int answers, int submissions, boolean rated) {}

    private static final String COLUMNS = "SELECT id, organisation_id, kit_version_id, position, title, discussion,"
            + " created_by, created_at FROM hiring_drill";

    Optional<Row> row(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7) == null ? null : rs.getLong(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Locks the drill until the transaction ends, so two submissions of one rater cannot both pass the check. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM hiring_drill WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .single();
    }

    long countIn(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_drill WHERE organisation_id = ?")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    List<Summary> ofOrganisation(long organisationId, long viewer) {
        return jdbc.sql("""
                        SELECT d.id, d.title, d.kit_version_id,
                          (SELECT COUNT(*) FROM hiring_drill_answer a WHERE a.drill_id = d.id),
                          (SELECT COUNT(*) FROM hiring_drill_submission s WHERE s.drill_id = d.id),
                          (SELECT COUNT(*) FROM hiring_drill_submission s WHERE s.drill_id = d.id AND s.rater_id = ?)
                        FROM hiring_drill d WHERE d.organisation_id = ? ORDER BY d.id DESC""")
                .params(viewer, organisationId)
                .query((rs, i) -> new Summary(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) > 0))
                .list();
    }

    long insert(long organisationId, long kitVersionId, int position, String title, long author, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hiring_drill (organisation_id, kit_version_id, position, title, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, kitVersionId, position, title, author, Columns.timestamp(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertAnswers(long drillId, List<String> answers) {
        for (int i = 0; i < answers.size(); i++) {
            jdbc.sql("INSERT INTO hiring_drill_answer (drill_id, position, text) VALUES (?, ?, ?)")
                    .params(drillId, i + 1, answers.get(i))
                    .update();
        }
    }

    List<Drill.Answer> answers(long drillId) {
        return jdbc.sql("SELECT position, text FROM hiring_drill_answer WHERE drill_id = ? ORDER BY position")
                .param(drillId)
                .query((rs, i) -> new Drill.Answer(rs.getInt(1), rs.getString(2)))
                .list();
    }

    List<DrillRating> reference(long drillId) {
        return jdbc.sql("SELECT answer, attribute, rating, reason FROM hiring_drill_reference WHERE drill_id = ?")
                .param(drillId)
                .query((rs, i) -> rating(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** Replaces the reference ratings and the discussion note. */
    void writeDebrief(long drillId, List<DrillRating> reference, String discussion) {
        jdbc.sql("DELETE FROM hiring_drill_reference WHERE drill_id = ?")
                .param(drillId)
                .update();
        for (DrillRating r : reference) {
            jdbc.sql("INSERT INTO hiring_drill_reference (drill_id, answer, attribute, rating, reason)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(drillId, r.answer(), r.attribute(), r.rating(), r.reason() == null ? "" : r.reason())
                    .update();
        }
        jdbc.sql("UPDATE hiring_drill SET discussion = ? WHERE id = ?")
                .params(discussion, drillId)
                .update();
    }

    List<Submission> submissions(long drillId) {
        return jdbc.sql("SELECT id, rater_id, submitted_at FROM hiring_drill_submission WHERE drill_id = ? ORDER BY id")
                .param(drillId)
                .query((rs, i) -> new Submission(
                        rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    List<DrillRating> ratings(long submissionId) {
        return jdbc.sql("SELECT answer, attribute, rating, reason FROM hiring_drill_rating WHERE submission_id = ?")
                .param(submissionId)
                .query((rs, i) -> rating(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    void insertSubmission(long drillId, long raterId, List<DrillRating> ratings, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hiring_drill_submission (drill_id, rater_id, submitted_at) VALUES (?, ?, ?)")
                .params(drillId, raterId, Columns.timestamp(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (DrillRating r : ratings) {
            jdbc.sql("INSERT INTO hiring_drill_rating (submission_id, answer, attribute, rating, reason)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(id, r.answer(), r.attribute(), r.rating(), r.reason())
                    .update();
        }
    }

    /** Drills matching a condition on hiring_drill, with everything in them. */
    void delete(String where, Object... params) {
        String ids = "SELECT id FROM hiring_drill WHERE " + where;
        jdbc.sql("DELETE FROM hiring_drill_rating WHERE submission_id IN"
                        + " (SELECT id FROM hiring_drill_submission WHERE drill_id IN (" + ids + "))")
                .params(params)
                .update();
        for (String table : List.of("hiring_drill_submission", "hiring_drill_reference", "hiring_drill_answer")) {
            jdbc.sql("DELETE FROM " + table + " WHERE drill_id IN (" + ids + ")")
                    .params(params)
                    .update();
        }
        jdbc.sql("DELETE FROM hiring_drill WHERE " + where).params(params).update();
    }

    private static DrillRating rating(int answer, String attribute, int rating, String reason) {
        return new DrillRating(answer, attribute, rating, reason);
    }
}
