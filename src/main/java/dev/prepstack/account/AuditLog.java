package dev.prepstack.account;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("prepstack.audit");

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    AuditLog(JdbcClient jdbc, MeterRegistry meters) {
        this.meters = meters;
        this.jdbc = jdbc;
    }

    public void record(AuditEvent type, Long accountId, Long actorId, String ip, String detail) {
        // Every audited event is also a metric, so failed sign-ins and lockouts show on a dashboard.
        meters.counter("prepstack.audit.events", "event", type.name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        String safeDetail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.sql(
                        "INSERT INTO audit_event (occurred_at, type, account_id, actor_id, ip, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), type.name(), accountId, actorId, ip, safeDetail)
                .update();
        log.info(
                "audit {} account={} actor={} ip={} {}",
                type,
                accountId,
                actorId,
                ip,
                safeDetail == null ? "" : safeDetail);
    }

    /** Deletes entries older than the retention period; returns how many. */
    int purgeOlderThan(java.time.Duration retention) {
        return jdbc.sql("DELETE FROM audit_event WHERE occurred_at < ?")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
                .update();
    }

    List<Map<String, Object>> of(long accountId) {
        return jdbc.sql("SELECT occurred_at, type, ip, detail FROM audit_event WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((rs, i) -> Map.<String, Object>of(
                        "at", rs.getObject(1, OffsetDateTime.class).toInstant().toString(),
                        "type", rs.getString(2),
                        "ip", String.valueOf(rs.getString(3)),
                        "detail", String.valueOf(rs.getString(4))))
                .list();
    }

    void eraseFor(long accountId) {
        jdbc.sql("DELETE FROM audit_event WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("UPDATE audit_event SET actor_id = NULL WHERE actor_id = ?")
                .param(accountId)
                .update();
    }
}
