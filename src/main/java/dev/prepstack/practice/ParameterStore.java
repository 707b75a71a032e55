package dev.prepstack.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** SQL of a person's FSRS parameters and their last optimisation run (table practice_parameters). */
@Component
class ParameterStore {

    private static final Logger log = LoggerFactory.getLogger(ParameterStore.class);

    private final JdbcClient jdbc;

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row as stored; empty when the person never optimised. */
    record Row(double[] parameters, Instant adoptedAt, boolean automatic, MemoryModel.Run lastRun) {}

    @Transactional(readOnly = true)
    Optional<Row> find(long accountId) {
        return jdbc.sql("""
                        SELECT parameters, adopted_at, automatic, run_at, run_trigger, run_outcome, run_reviews,
                            current_log_loss, candidate_log_loss, current_rmse, candidate_rmse
                        FROM practice_parameters WHERE account_id = ?""")
                .param(accountId)
                .query((rs, i) -> row(accountId, rs))
                .optional();
    }

    /**
     * The parameters scheduling uses: the person's own when set and valid, else empty (the defaults).
     * A stored set that the scheduler would refuse (a hand-edited restore) is ignored with a warning
     * rather than failing every review.
     */
    @Transactional(readOnly = true)
    Optional<double[]> parameters(long accountId) {
        return jdbc.sql("SELECT parameters FROM practice_parameters WHERE account_id = ? AND parameters IS NOT NULL")
                .param(accountId)
                .query(String.class)
                .optional()
                .flatMap(text -> parse(accountId, text));
    }

    /** Records a run; when {@code adopt} is set, its parameters become the person's. */
    @Transactional
    void record(long accountId, MemoryModel.Run run, double[] adopt) {
        ensureRow(accountId);
        if (adopt != null) {
            jdbc.sql(
                            "UPDATE practice_parameters SET parameters = ?, adopted_at = ?, automatic = TRUE WHERE account_id = ?")
                    .params(format(adopt), utc(run.at()), accountId)
                    .update();
        }
        jdbc.sql("""
                        UPDATE practice_parameters SET run_at = ?, run_trigger = ?, run_outcome = ?, run_reviews = ?,
                            current_log_loss = ?, candidate_log_loss = ?, current_rmse = ?, candidate_rmse = ?
                        WHERE account_id = ?""")
                .params(
                        utc(run.at()),
                        run.trigger().name(),
                        run.outcome().name(),
                        run.reviews(),
                        run.currentLogLoss(),
                        run.candidateLogLoss(),
                        run.currentRmse(),
                        run.candidateRmse(),
                        accountId)
                .update();
        if (run.trigger() == MemoryModel.Trigger.USER) {
            // Asking for an optimisation is asking for one's own model again, monthly refits included.
            jdbc.sql("UPDATE practice_parameters SET automatic = TRUE WHERE account_id = ?")
                    .param(accountId)
                    .update();
        }
    }

    /** Back to the defaults; the monthly job leaves the person alone until they optimise again. */
    @Transactional
    void resetToDefaults(long accountId) {
        ensureRow(accountId);
        jdbc.sql("UPDATE practice_parameters SET parameters = NULL, adopted_at = NULL, automatic = FALSE"
                        + " WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /**
     * People the monthly job should optimise: at least {@code minimumReviews} reviews, not run since
     * {@code notSince}, and not back on the defaults by their own choice.
     */
    @Transactional(readOnly = true)
    List<Long> dueForOptimisation(int minimumReviews, Instant notSince) {
        return jdbc.sql("""
                        SELECT r.account_id FROM practice_review r
                        LEFT JOIN practice_parameters p ON p.account_id = r.account_id
                        WHERE p.account_id IS NULL OR (p.automatic AND (p.run_at IS NULL OR p.run_at < ?))
                        GROUP BY r.account_id HAVING COUNT(*) >= ? ORDER BY r.account_id""")
                .params(utc(notSince), minimumReviews)
                .query(Long.class)
                .list();
    }

    /** Every review of the person, one history per question. */
    @Transactional(readOnly = true)
    List<ReviewHistory> histories(long accountId) {
        Map<Long, List<ReviewHistory.Review>> byQuestion = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, reviewed_at, rating FROM practice_review WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query(rs -> {
                    byQuestion
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ReviewHistory.Review(
                                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                                    Rating.valueOf(rs.getString(3))));
                });
        List<ReviewHistory> histories = new ArrayList<>();
        byQuestion.forEach((question, reviews) -> {
            // The optimiser replays each card; beyond its cap the oldest reviews matter least.
            List<ReviewHistory.Review> kept = reviews.size() > ReviewHistory.MAX_REVIEWS
                    ? reviews.subList(reviews.size() - ReviewHistory.MAX_REVIEWS, reviews.size())
                    : reviews;
            histories.add(new ReviewHistory(String.valueOf(question), kept));
        });
        return histories;
    }

    /** The export's view of the row: parameters (null for the defaults) and the last run. */
    @Transactional(readOnly = true)
    Map<String, Object> export(long accountId) {
        return find(accountId)
                .map(row -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put(
                            "parameters",
                            row.parameters() == null
                                    ? null
                                    : Arrays.stream(row.parameters()).boxed().toList());
                    out.put(
                            "adoptedAt",
                            row.adoptedAt() == null ? null : row.adoptedAt().toString());
                    out.put("automatic", row.automatic());
                    out.put("lastRun", row.lastRun());
                    return out;
                })
                .orElse(null);
    }

    void erase(long accountId) {
        jdbc.sql("DELETE FROM practice_parameters WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private void ensureRow(long accountId) {
        jdbc.sql("INSERT INTO practice_parameters (account_id, automatic) VALUES (?, TRUE) ON CONFLICT DO NOTHING")
                .param(accountId)
                .update();
    }

    private static Row row(long accountId, ResultSet rs) throws SQLException {
        String text = rs.getString("parameters");
        OffsetDateTime adopted = rs.getObject("adopted_at", OffsetDateTime.class);
        OffsetDateTime runAt = rs.getObject("run_at", OffsetDateTime.class);
        MemoryModel.Run run = runAt == null
                ? null
                : new MemoryModel.Run(
                        runAt.toInstant(),
                        MemoryModel.Trigger.valueOf(rs.getString("run_trigger")),
                        MemoryModel.Outcome.valueOf(rs.getString("run_outcome")),
                        rs.getInt("run_reviews"),
                        (Double) rs.getObject("current_log_loss"),
                        (Double) rs.getObject("candidate_log_loss"),
                        (Double) rs.getObject("current_rmse"),
                        (Double) rs.getObject("candidate_rmse"));
        return new Row(
                text == null ? null : parse(accountId, text).orElse(null),
                adopted == null ? null : adopted.toInstant(),
                rs.getBoolean("automatic"),
                run);
    }

    static String format(double[] parameters) {
        return Arrays.stream(parameters).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static Optional<double[]> parse(long accountId, String text) {
        try {
            double[] w = Arrays.stream(text.split(","))
                    .map(String::strip)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            new Fsrs(w, Practice.DEFAULT_RETENTION, Fsrs.DEFAULT_LEARNING_STEPS, Fsrs.DEFAULT_RELEARNING_STEPS, 1);
            for (double p : w) {
                if (!Double.isFinite(p)) {
                    throw new IllegalArgumentException("not a finite number");
                }
            }
            return Optional.of(w);
        } catch (IllegalArgumentException e) {
            log.warn(
                    "Ignoring unusable FSRS parameters of account {} ({}); scheduling with the defaults",
                    accountId,
                    e.getMessage().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
