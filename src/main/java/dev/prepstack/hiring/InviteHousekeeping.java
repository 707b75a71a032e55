package dev.prepstack.hiring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly removal of invites that expired unused a month ago (their link can never work again);
 * accepted ones stay as the record of who joined. Once per cluster.
 */
@Component
class InviteHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(InviteHousekeeping.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    InviteHousekeeping(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    @SchedulerLock(name = "purge-expired-invites", lockAtLeastFor = "PT1M")
    void purgeExpiredInvites() {
        int purged = jdbc.sql("DELETE FROM hiring_invite WHERE accepted_at IS NULL AND expires_at < ?")
                .param(OffsetDateTime.now(clock)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .minusDays(30))
                .update();
        if (purged > 0) {
            log.info("Purged {} invites that expired unused", purged);
        }
    }
}
