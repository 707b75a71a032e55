package dev.prepstack.hiring;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Interviewers' scorecard habits in one organisation, counted from its scorecards, ratings and amendments. */
@Component
class HabitStore {

    private final JdbcClient jdbc;
    private final Columns columns;

    HabitStore(JdbcClient jdbc, Columns columns) {
        this.jdbc = jdbc;
        this.columns = columns;
    }

    Map<Long, CalibrationReport.Habits> habits(long organisationId) {
        Map<Long, Tally> tallies = new HashMap<>();
        Map<Long, Integer> keyPointsPerVersion = keyPointsPerVersion(organisationId);
        jdbc.sql("""
                        SELECT interviewer_id, created_at, submitted_at, kit_version_id FROM hiring_scorecard
                        WHERE organisation_id = ? AND interviewer_id IS NOT NULL AND status = 'SUBMITTED'""").param(organisationId).query(rs -> {
            Tally t = tallies.computeIfAbsent(rs.getLong(1), k -> new Tally());
            t.submitted++;
            t.hours.add(Duration.between(rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))
                            .toMinutes()
                    / 60.0);
            t.keyPoints += keyPointsPerVersion.getOrDefault(rs.getLong(4), 0);
        });
        jdbc.sql("""
                        SELECT s.interviewer_id, r.reason FROM hiring_scorecard_rating r
                        JOIN hiring_scorecard s ON s.id = r.scorecard_id
                        WHERE s.organisation_id = ? AND s.interviewer_id IS NOT NULL""").param(organisationId).query(rs -> {
            Tally t = tallies.computeIfAbsent(rs.getLong(1), k -> new Tally());
            t.ratings++;
            String reason = rs.getString(2);
            t.reasons += reason == null || reason.isBlank() ? 0 : 1;
        });
        jdbc.sql("""
                        SELECT s.interviewer_id, a.covered_json FROM hiring_scorecard_answer a
                        JOIN hiring_scorecard s ON s.id = a.scorecard_id
                        WHERE s.organisation_id = ? AND s.interviewer_id IS NOT NULL AND s.status = 'SUBMITTED'""").param(organisationId).query(rs -> {
            tallies.computeIfAbsent(rs.getLong(1), k -> new Tally()).ticked +=
                    columns.integers(rs.getString(2)).size();
        });
        jdbc.sql("""
                        SELECT s.interviewer_id FROM hiring_amendment a JOIN hiring_scorecard s ON s.id = a.scorecard_id
                        WHERE s.organisation_id = ? AND a.author_id = s.interviewer_id""").param(organisationId).query(rs -> {
            tallies.computeIfAbsent(rs.getLong(1), k -> new Tally()).amendments++;
        });
        Map<Long, CalibrationReport.Habits> out = new HashMap<>();
        tallies.forEach((id, t) -> out.put(id, t.habits()));
        return out;
    }

    /** How many key points each kit version used by the organisation's scorecards has, over all its questions. */
    private Map<Long, Integer> keyPointsPerVersion(long organisationId) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("""
                        SELECT kit_version_id, key_points_json FROM hiring_kit_item WHERE kit_version_id IN
                          (SELECT kit_version_id FROM hiring_scorecard WHERE organisation_id = ?)""").param(organisationId).query(rs -> {
            out.merge(rs.getLong(1), columns.strings(rs.getString(2)).size(), Integer::sum);
        });
        return out;
    }

    static CalibrationReport.Habits none() {
        return new Tally().habits();
    }

    private static final class Tally {
        int submitted;
        final List<Double> hours = new ArrayList<>();
        int ratings;
        int reasons;
        int keyPoints;
        int ticked;
        int amendments;

        CalibrationReport.Habits habits() {
            return new CalibrationReport.Habits(
                    submitted,
                    median(hours),
                    ratings,
                    share(reasons, ratings),
                    keyPoints,
                    share(ticked, keyPoints),
                    amendments,
                    submitted == 0 ? null : Math.round(100.0 * amendments / submitted) / 100.0);
        }

        private static Double share(int part, int whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
        }

        private static Double median(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return Math.round(m * 10) / 10.0;
        }
    }
}
