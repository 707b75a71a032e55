package dev.prepstack.hiring;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly removal of invites that expired unused a month ago (their link can never work again);
 * accepted ones stay as the record of who joined. Once per cluster.
 */
@Component
class InviteHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(InviteHousekeeping.class);

    private final OrganisationStore store;
    private final Clock clock;

    InviteHousekeeping(OrganisationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    @SchedulerLock(name = "purge-expired-invites", lockAtLeastFor = "PT1M")
    void purgeExpiredInvites() {
        int purged = store.purgeUnusedInvitesExpiredBefore(clock.instant().minus(Duration.ofDays(30)));
        if (purged > 0) {
            log.info("Purged {} invites that expired unused", purged);
        }
    }
}
