package dev.prepstack.hiring;

import java.time.Clock;
import java.time.OffsetDateTime;
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
    private final People people;
    private final Clock clock;

    HiringLog(JdbcClient jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    void record(long organisationId, Long actorId, String action, String detail) {
        String safe = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.sql("INSERT INTO hiring_log (organisation_id, occurred_at, actor_id, action, detail)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(organisationId, Columns.timestamp(clock.instant()), actorId, action, safe)
                .update();
        log.info("hiring {} organisation={} actor={} {}", action, organisationId, actorId, safe == null ? "" : safe);
    }

    List<LogEntry> of(long organisationId, int limit) {
        var names = people.lookup();
        return jdbc.sql("""
                        SELECT occurred_at, actor_id, action, detail FROM hiring_log
                        WHERE organisation_id = ? ORDER BY id DESC LIMIT ?""")
                .params(organisationId, limit)
                .query((rs, i) -> new LogEntry(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        names.name(rs.getObject(2, Long.class)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
