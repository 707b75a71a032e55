package dev.prepstack.hiring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation's activity log, readable by its members, and the application log. Details never
 * carry what a deletion removed (a deleted candidate's name stays deleted).
 */
@Component
class HiringLog {

    private static final Logger log = LoggerFactory.getLogger("prepstack.audit");

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    HiringLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long organisationId, Long actorId, String action, String detail) {
        String safe = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.sql("INSERT INTO hiring_log (organisation_id, occurred_at, actor_id, action, detail)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                        organisationId,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        actorId,
                        action,
                        safe)
                .update();
        log.info("hiring {} organisation={} actor={} {}", action, organisationId, actorId, safe == null ? "" : safe);
    }

    List<LogEntry> of(long organisationId, int limit) {
        return jdbc.sql("""
                        SELECT l.occurred_at, a.display_name, l.actor_id, l.action, l.detail
                        FROM hiring_log l LEFT JOIN account a ON a.id = l.actor_id
                        WHERE l.organisation_id = ? ORDER BY l.id DESC LIMIT ?""")
                .params(organisationId, limit)
                .query((rs, i) -> new LogEntry(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(3) == null ? "former member" : rs.getString(2),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
