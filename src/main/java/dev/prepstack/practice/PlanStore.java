package dev.prepstack.practice;

import dev.prepstack.content.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** SQL of interview plans (table practice_plan) and of the card facts a plan needs. */
@Component
class PlanStore {

    private static final String COLUMNS =
            "id, title, interview_on, role_slug, seniority, topics, levels, minutes_per_day, target, created_at";

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long insert(long accountId, InterviewPlan p) {
        jdbc.sql("INSERT INTO practice_plan (account_id, title, interview_on, role_slug, seniority, topics, levels,"
                        + " minutes_per_day, target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        p.title(),
                        p.interviewOn(),
                        p.role(),
                        p.seniority() == null ? null : p.seniority().slug(),
                        String.join(",", p.topics()),
                        String.join(",", p.levels().stream().map(Level::slug).toList()),
                        p.minutesPerDay(),
                        p.target(),
                        p.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM practice_plan WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    @Transactional
    boolean update(long accountId, InterviewPlan p) {
        return jdbc.sql(
                                "UPDATE practice_plan SET title = ?, interview_on = ?, role_slug = ?, seniority = ?, topics = ?,"
                                        + " levels = ?, minutes_per_day = ?, target = ? WHERE id = ? AND account_id = ?")
                        .params(
                                p.title(),
                                p.interviewOn(),
                                p.role(),
                                p.seniority() == null ? null : p.seniority().slug(),
                                String.join(",", p.topics()),
                                String.join(
                                        ",",
                                        p.levels().stream().map(Level::slug).toList()),
                                p.minutesPerDay(),
                                p.target(),
                                p.id(),
                                accountId)
                        .update()
                > 0;
    }

    @Transactional(readOnly = true)
    List<InterviewPlan> list(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_plan WHERE account_id = ? ORDER BY interview_on, id")
                .param(accountId)
                .query((rs, i) -> plan(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<InterviewPlan> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_plan WHERE id = ? AND account_id = ?")
                .params(id, accountId)
                .query((rs, i) -> plan(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    int count(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_plan WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    @Transactional
    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM practice_plan WHERE id = ? AND account_id = ?")
                        .params(id, accountId)
                        .update()
                > 0;
    }

    @Transactional
    void erase(long accountId) {
        jdbc.sql("DELETE FROM practice_plan WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** The person's plans as their export shows them. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> export(long accountId) {
        return list(accountId).stream()
                .map(p -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("title", p.title());
                    row.put("interviewOn", p.interviewOn().toString());
                    row.put("role", p.role());
                    row.put(
                            "seniority",
                            p.seniority() == null ? null : p.seniority().slug());
                    row.put("topics", p.topics());
                    row.put("levels", p.levels().stream().map(Level::slug).toList());
                    row.put("minutesPerDay", p.minutesPerDay());
                    row.put("target", p.target());
                    row.put("createdAt", p.createdAt().toString());
                    return row;
                })
                .toList();
    }

    /** A card with the time of its first review (null when never reviewed). */
    record CardFacts(Card card, Instant firstReview) {}

    /** The person's cards by question id, with their first reviews. */
    @Transactional(readOnly = true)
    Map<Long, CardFacts> cards(long accountId) {
        Map<Long, Instant> first = new HashMap<>();
        jdbc.sql("SELECT question_id, MIN(reviewed_at) FROM practice_review WHERE account_id = ? GROUP BY question_id")
                .param(accountId)
                .query(rs -> {
                    first.put(
                            rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        Map<Long, CardFacts> cards = new HashMap<>();
        jdbc.sql("SELECT question_id, state, step, stability, difficulty, due, last_review FROM practice_card"
                        + " WHERE account_id = ?")
                .param(accountId)
                .query(rs -> {
                    OffsetDateTime last = rs.getObject(7, OffsetDateTime.class);
                    Card card = new Card(
                            CardState.valueOf(rs.getString(2)),
                            (Integer) rs.getObject(3),
                            (Double) rs.getObject(4),
                            (Double) rs.getObject(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            last == null ? null : last.toInstant());
                    cards.put(rs.getLong(1), new CardFacts(card, first.get(rs.getLong(1))));
                });
        return cards;
    }

    /**
     * The person's mean seconds per review over their last 200 timed reviews (1 s to 30 min each,
     * longer ones are breaks); empty with fewer than 10.
     */
    @Transactional(readOnly = true)
    Optional<Double> secondsPerReview(long accountId) {
        List<Integer> seconds = jdbc.sql("SELECT elapsed_seconds FROM practice_review WHERE account_id = ?"
                        + " AND elapsed_seconds BETWEEN 1 AND 1800 ORDER BY id DESC LIMIT 200")
                .param(accountId)
                .query(Integer.class)
                .list();
        return seconds.size() < 10
                ? Optional.empty()
                : Optional.of(
                        seconds.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    @Transactional(readOnly = true)
    Optional<Double> retention(long accountId) {
        return jdbc.sql("SELECT desired_retention FROM practice_setting WHERE account_id = ?")
                .param(accountId)
                .query(Double.class)
                .optional();
    }

    private static InterviewPlan plan(ResultSet rs) throws SQLException {
        return new InterviewPlan(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("interview_on", LocalDate.class),
                rs.getString("role_slug"),
                Level.fromSlug(rs.getString("seniority")).orElse(null),
                split(rs.getString("topics")),
                split(rs.getString("levels")).stream()
                        .map(l -> Level.fromSlug(l).orElseThrow())
                        .toList(),
                rs.getInt("minutes_per_day"),
                rs.getDouble("target"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
