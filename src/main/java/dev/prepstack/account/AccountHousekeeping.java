package dev.prepstack.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily removal of dead tokens. */
@Component
class AccountHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

    private final AccessTokens tokens;

    AccountHousekeeping(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Scheduled(cron = "${prepstack.housekeeping.cron:0 17 3 * * *}")
    void purgeExpiredTokens() {
        int purged = tokens.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} expired or revoked access tokens", purged);
        }
    }
}
