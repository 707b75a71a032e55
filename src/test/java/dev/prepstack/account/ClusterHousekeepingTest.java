package dev.prepstack.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nightly jobs take a lock in the shared database, so with several nodes only one runs each. */
@IntegrationTest
class ClusterHousekeepingTest {

    @Autowired
    AccountHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobThatAnotherNodeIsRunningIsSkippedAndRunsOnceTheLockIsFree() {
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
        jdbc.sql(
                        "INSERT INTO audit_event (occurred_at, type, detail) VALUES (?, 'SIGN_IN_FAILED', 'housekeeping-test')")
                .param(old)
                .update();
        jdbc.sql("DELETE FROM shedlock").update();
        jdbc.sql(
                        "INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                                + " VALUES ('audit-retention', CURRENT_TIMESTAMP + INTERVAL '10' MINUTE, CURRENT_TIMESTAMP, 'other-node')")
                .update();

        housekeeping.applyAuditRetention();
        assertThat(oldEntries()).as("the other node holds the lock").isEqualTo(1);

        // The other node finished: its lock ran out.
        jdbc.sql(
                        "UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE name = 'audit-retention'")
                .update();
        housekeeping.applyAuditRetention();
        assertThat(oldEntries()).as("this node took the lock and ran the job").isZero();
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'audit-retention'")
                        .query(String.class)
                        .single())
                .isNotEqualTo("other-node");
    }

    private long oldEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail = 'housekeeping-test'")
                .query(Long.class)
                .single();
    }
}
