package dev.prepstack.hiring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ratings calibration is computed from: drill ratings and submitted scorecards' ratings of an organisation. */
@Component
class CalibrationStore {

    private final JdbcClient jdbc;

    CalibrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drill ratings; a unit is one answer of one drill, dated by the drill. */
    List<CalibrationFigures.Observation> drillRatings(long organisationId) {
        return jdbc.sql("""
                        SELECT d.id, r.answer, r.attribute, r.rating, s.rater_id, s.id, d.created_at
                        FROM hiring_drill_rating r JOIN hiring_drill_submission s ON s.id = r.submission_id
                        JOIN hiring_drill d ON d.id = s.drill_id WHERE d.organisation_id = ?
                        ORDER BY d.id, r.answer, s.id""")
                .param(organisationId)
                .query((rs, i) -> new CalibrationFigures.Observation(
                        "drill " + rs.getLong(1) + " answer " + rs.getInt(2),
                        rs.getString(3),
                        rater(rs.getObject(5), rs.getLong(6)),
                        rs.getInt(4),
                        quarter(rs.getObject(7, OffsetDateTime.class).toInstant())))
                .list();
    }

    /**
     * Submitted scorecards' ratings; a unit is one candidate with one kit version (the panel), dated by the
     * panel's first submission.
     */
    List<CalibrationFigures.Observation> scorecardRatings(long organisationId) {
        record Raw(String unit, String attribute, long rater, int value, Instant at) {}
        List<Raw> raw = jdbc.sql("""
                        SELECT s.candidate_id, s.kit_version_id, r.attribute, r.rating, s.interviewer_id, s.id,
                          s.submitted_at
                        FROM hiring_scorecard_rating r JOIN hiring_scorecard s ON s.id = r.scorecard_id
                        WHERE s.organisation_id = ? AND s.status = 'SUBMITTED' ORDER BY s.id""")
                .param(organisationId)
                .query((rs, i) -> new Raw(
                        "candidate " + rs.getLong(1) + " version " + rs.getLong(2),
                        rs.getString(3),
                        rater(rs.getObject(5), rs.getLong(6)),
                        Verdict.valueOf(rs.getString(4)).points(),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
        Map<String, Instant> first = new HashMap<>();
        raw.forEach(r -> first.merge(r.unit(), r.at(), (a, b) -> a.isBefore(b) ? a : b));
        List<CalibrationFigures.Observation> out = new ArrayList<>();
        raw.forEach(r -> out.add(new CalibrationFigures.Observation(
                r.unit(), r.attribute(), r.rater(), r.value(), quarter(first.get(r.unit())))));
        return out;
    }

    /** The organisation's members, longest-standing first. */
    List<Long> members(long organisationId) {
        return jdbc.sql("SELECT account_id FROM hiring_member WHERE organisation_id = ? ORDER BY joined_at, account_id")
                .param(organisationId)
                .query(Long.class)
                .list();
    }

    /** A deleted account's ratings count as a rater of their own per drill submission or scorecard. */
    private static long rater(Object accountId, long rowId) {
        return accountId == null ? -rowId : ((Number) accountId).longValue();
    }

    static String quarter(Instant at) {
        var date = at.atOffset(ZoneOffset.UTC);
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
