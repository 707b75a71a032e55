package dev.prepstack.hiring;

import dev.prepstack.account.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hiring data in the account's export and deletion. Scorecards belong to the organisation: when an
 * interviewer deletes their account, their submitted scorecards and amendments stay, attributed to
 * "former member"; their drafts go. Their memberships end; an organisation left without an owner
 * passes to its longest-standing member, and one left without members is deleted with all its data.
 * Calibration drills and drill ratings follow the same rule as scorecards.
 */
@Component
class HiringData implements PersonalData {

    private final JdbcClient jdbc;
    private final Removal removal;
    private final HiringLog log;
    private final Columns columns;

    HiringData(JdbcClient jdbc, Removal removal, HiringLog log, Columns columns) {
        this.jdbc = jdbc;
        this.removal = removal;
        this.log = log;
        this.columns = columns;
    }

    @Override
    public String section() {
        return "hiring";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "memberships",
                jdbc.sql("""
                        SELECT o.id, o.name, m.role, m.joined_at FROM hiring_member m
                        JOIN hiring_organisation o ON o.id = m.organisation_id WHERE m.account_id = ? ORDER BY o.id""")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "organisationId", rs.getLong(1),
                                "organisation", rs.getString(2),
                                "role", rs.getString(3),
                                "joinedAt", instant(rs.getObject(4, OffsetDateTime.class))))
                        .list());
        out.put(
                "kitVersionsAuthored",
                jdbc.sql("SELECT kit_id, version, title, created_at, anchors_json, weights_json FROM hiring_kit_version"
                                + " WHERE created_by = ? ORDER BY kit_id, version")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "kitId", rs.getLong(1),
                                "version", rs.getInt(2),
                                "title", rs.getString(3),
                                "createdAt", instant(rs.getObject(4, OffsetDateTime.class)),
                                // The anchors and weights the person wrote into the version.
                                "anchors", columns.anchors(rs.getString(5)),
                                "weights", columns.weights(rs.getString(6))))
                        .list());
        out.put(
                "customQuestionsAuthored",
                jdbc.sql("SELECT id, title, created_at FROM hiring_custom_question WHERE created_by = ? ORDER BY id")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "id", rs.getLong(1),
                                "title", rs.getString(2),
                                "createdAt", instant(rs.getObject(3, OffsetDateTime.class))))
                        .list());
        // Candidates are other people: the export names them by id only.
        out.put("scorecardsAuthored", scorecards(accountId));
        out.put(
                "amendmentsAuthored",
                jdbc.sql("SELECT scorecard_id, created_at, text FROM hiring_amendment WHERE author_id = ? ORDER BY id")
                        .param(accountId)
                        .query((rs, i) -> PersonalData.row(
                                "scorecardId", rs.getLong(1),
                                "at", instant(rs.getObject(2, OffsetDateTime.class)),
                                "text", rs.getString(3)))
                        .list());
        out.put("drillsAuthored", drills(accountId));
        out.put("drillRatings", drillRatings(accountId));
        return out;
    }

    /** Calibration drills the person created, with the answers they recorded in them. */
    private List<Map<String, Object>> drills(long accountId) {
        return jdbc.sql("SELECT id, title, discussion, created_at FROM hiring_drill WHERE created_by = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> drill = PersonalData.row(
                            "id", rs.getLong(1),
                            "title", rs.getString(2),
                            "discussion", rs.getString(3),
                            "createdAt", instant(rs.getObject(4, OffsetDateTime.class)));
                    drill.put(
                            "answers",
                            jdbc.sql("SELECT text FROM hiring_drill_answer WHERE drill_id = ? ORDER BY position")
                                    .param(rs.getLong(1))
                                    .query(String.class)
                                    .list());
                    return drill;
                })
                .list();
    }

    /** The person's submitted ratings of drills. */
    private List<Map<String, Object>> drillRatings(long accountId) {
        return jdbc.sql("SELECT id, drill_id, submitted_at FROM hiring_drill_submission WHERE rater_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> submission = PersonalData.row(
                            "drillId", rs.getLong(2), "submittedAt", instant(rs.getObject(3, OffsetDateTime.class)));
                    submission.put(
                            "ratings",
                            jdbc.sql("SELECT answer, attribute, rating, reason FROM hiring_drill_rating"
                                            + " WHERE submission_id = ? ORDER BY answer, attribute")
                                    .param(rs.getLong(1))
                                    .query((r, j) -> PersonalData.row(
                                            "answer", r.getInt(1),
                                            "attribute", r.getString(2),
                                            "rating", r.getInt(3),
                                            "reason", r.getString(4)))
                                    .list());
                    return submission;
                })
                .list();
    }

    private List<Map<String, Object>> scorecards(long accountId) {
        return jdbc.sql("""
                SELECT s.id, v.kit_id, v.version, s.candidate_id, s.status, s.recommendation, s.summary,
                  s.created_at, s.submitted_at
                FROM hiring_scorecard s JOIN hiring_kit_version v ON v.id = s.kit_version_id
                WHERE s.interviewer_id = ? ORDER BY s.id""")
                .param(accountId)
                .query((rs, i) -> {
                    Map<String, Object> card = PersonalData.row(
                            "id", rs.getLong(1),
                            "kitId", rs.getLong(2),
                            "kitVersion", rs.getInt(3),
                            "candidateId", rs.getLong(4),
                            "status", rs.getString(5),
                            "recommendation", rs.getString(6),
                            "summary", rs.getString(7),
                            "createdAt", instant(rs.getObject(8, OffsetDateTime.class)),
                            "submittedAt", instant(rs.getObject(9, OffsetDateTime.class)));
                    card.put("ratings", ratings(rs.getLong(1)));
                    card.put("answers", answers(rs.getLong(1)));
                    return card;
                })
                .list();
    }

    private List<Map<String, Object>> ratings(long scorecardId) {
        return jdbc.sql("SELECT attribute, rating, reason FROM hiring_scorecard_rating WHERE scorecard_id = ?"
                        + " ORDER BY attribute")
                .param(scorecardId)
                .query((rs, i) -> PersonalData.row(
                        "attribute", rs.getString(1), "rating", rs.getString(2), "reason", rs.getString(3)))
                .list();
    }

    private List<Map<String, Object>> answers(long scorecardId) {
        return jdbc.sql("SELECT position, covered_json, follow_ups_json, notes, transcript FROM hiring_scorecard_answer"
                        + " WHERE scorecard_id = ? ORDER BY position")
                .param(scorecardId)
                .query((rs, i) -> PersonalData.row(
                        "position", rs.getInt(1),
                        "coveredKeyPoints", columns.integers(rs.getString(2)),
                        "askedFollowUps", columns.integers(rs.getString(3)),
                        "notes", rs.getString(4),
                        "transcript", rs.getString(5)))
                .list();
    }

    @Override
    public void erase(long accountId) {
        List<Object[]> memberships = jdbc.sql(
                        "SELECT organisation_id, role FROM hiring_member WHERE account_id = ? ORDER BY organisation_id")
                .param(accountId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        for (Object[] m : memberships) {
            long organisation = (long) m[0];
            removal.membership(organisation, accountId);
            boolean kept = true;
            if (OrgRole.OWNER.name().equals(m[1]) && owners(organisation) == 0) {
                kept = handOver(organisation);
            }
            if (kept) {
                log.record(organisation, null, "MEMBER_DELETED_ACCOUNT", "account " + accountId);
            }
        }
        removal.deleteScorecards("interviewer_id = ? AND status = 'DRAFT'", accountId);
        jdbc.sql("DELETE FROM hiring_current_organisation WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("UPDATE hiring_scorecard SET interviewer_id = NULL WHERE interviewer_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("UPDATE hiring_amendment SET author_id = NULL WHERE author_id = ?")
                .param(accountId)
                .update();
        // Drill ratings are the organisation's record, as scorecards are: kept, read as "former member".
        jdbc.sql("UPDATE hiring_drill_submission SET rater_id = NULL WHERE rater_id = ?")
                .param(accountId)
                .update();
        for (String table : List.of(
                "hiring_kit",
                "hiring_kit_version",
                "hiring_custom_question",
                "hiring_candidate",
                "hiring_invite",
                "hiring_drill")) {
            jdbc.sql("UPDATE " + table + " SET created_by = NULL WHERE created_by = ?")
                    .param(accountId)
                    .update();
        }
        jdbc.sql("UPDATE hiring_invite SET accepted_by = NULL WHERE accepted_by = ?")
                .param(accountId)
                .update();
        jdbc.sql("UPDATE hiring_log SET actor_id = NULL WHERE actor_id = ?")
                .param(accountId)
                .update();
    }

    /** The longest-standing member becomes owner; with nobody left, the organisation goes (false). */
    private boolean handOver(long organisation) {
        var next = jdbc.sql("SELECT account_id FROM hiring_member WHERE organisation_id = ?"
                        + " ORDER BY joined_at, account_id LIMIT 1")
                .param(organisation)
                .query(Long.class)
                .optional();
        if (next.isEmpty()) {
            removal.organisation(organisation);
            return false;
        }
        jdbc.sql("UPDATE hiring_member SET role = 'OWNER' WHERE organisation_id = ? AND account_id = ?")
                .params(organisation, next.get())
                .update();
        log.record(
                organisation,
                null,
                "OWNERSHIP_PASSED",
                "to account " + next.get() + " (the owner deleted their account)");
        return true;
    }

    private long owners(long organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM hiring_member WHERE organisation_id = ? AND role = 'OWNER'")
                .param(organisation)
                .query(Long.class)
                .single();
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
