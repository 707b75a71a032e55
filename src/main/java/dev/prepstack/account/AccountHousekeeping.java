package dev.prepstack.account;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly removal of dead tokens and of audit entries past their retention; once per cluster. */
@Component
class AccountHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Duration auditRetention;
    private final Principals principals;

    AccountHousekeeping(
            AccessTokens tokens,
            AuditLog audit,
            @Value("${prepstack.audit.retention:365d}") Duration auditRetention,
            Principals principals) {
        this.principals = principals;
        this.tokens = tokens;
        this.audit = audit;
        this.auditRetention = auditRetention;
    }

    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    @SchedulerLock(name = "purge-expired-tokens", lockAtLeastFor = "PT1M")
    void purgeExpiredTokens() {
        int purged = tokens.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} expired or revoked access tokens", purged);
        }
    }

    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    @SchedulerLock(name = "audit-retention", lockAtLeastFor = "PT1M")
    void applyAuditRetention() {
        int purged = audit.purgeOlderThan(auditRetention);
        if (purged > 0) {
            log.info("Removed {} audit entries older than {}", purged, auditRetention);
        }
    }

    /** The change log only needs to reach nodes that poll it every second or so; a day is ample. */
    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    @SchedulerLock(name = "account-change-log", lockAtLeastFor = "PT1M")
    void trimAccountChangeLog() {
        principals.purgeOlderThan(Duration.ofDays(1));
    }
}
