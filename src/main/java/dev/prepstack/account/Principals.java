package dev.prepstack.account;

import dev.prepstack.shared.DataRestored;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current principal of each account with an open page session, kept in memory so that a page
 * view does not read the database (issue 20). The security property of re-reading it on every request
 * is kept with a shared change log ({@code account_change}, written in the same transaction as the
 * change):
 *
 * <ul>
 *   <li>on the node that made a change, the account's entry goes when the transaction commits, so the
 *       very next request sees it;
 *   <li>every other node polls the log's largest number every {@code prepstack.account.principal-poll}
 *       (1 s) and drops the accounts changed since its last look: a revoked role, ended sessions or a
 *       deleted account take effect there within that interval;
 *   <li>an entry is never older than {@code prepstack.account.principal-max-age} (60 s), a backstop for
 *       changes made outside the application (SQL by hand).
 * </ul>
 *
 * A load that overlaps an eviction is not kept (generation check), so a stale read cannot outlive the
 * change that evicted it.
 */
@Component
public class Principals {

    private static final Logger log = LoggerFactory.getLogger(Principals.class);
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(Optional<AccountUser> principal, long loadedAt) {}

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxAgeNanos;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile Long lastSeen;

    Principals(
            Accounts accounts,
            JdbcClient jdbc,
            Clock clock,
            @Value("${prepstack.account.principal-max-age:60s}") Duration maxAge) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The account as a signed-in principal now, or empty when it no longer exists. */
    public Optional<AccountUser> current(long id) {
        long now = System.nanoTime();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.loadedAt() < maxAgeNanos) {
            return entry.principal();
        }
        long before = generation.get();
        Optional<AccountUser> fresh = accounts.principal(id);
        if (generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(id, new Entry(fresh, now));
        }
        return fresh;
    }

    /**
     * Records that what a session of the account carries changed, inside the changing transaction
     * (published by {@link Accounts}). A {@code null} id stands for every account.
     */
    @EventListener
    void changed(AccountChanged change) {
        Long accountId = change.accountId();
        jdbc.sql("INSERT INTO account_change (account_id, changed_at) VALUES (?, ?)")
                .params(accountId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        forget(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(accountId);
                }
            });
        }
    }

    /** A restored backup replaced every account: forget them all here, and tell the other nodes. */
    @EventListener(DataRestored.class)
    void onRestored() {
        changed(new AccountChanged(null));
    }

    @Scheduled(
            fixedDelayString = "${prepstack.account.principal-poll:1s}",
            initialDelayString = "${prepstack.account.principal-poll:1s}")
    void followOtherNodes() {
        try {
            Long newest = jdbc.sql("SELECT MAX(seq) FROM account_change")
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            Long seen = lastSeen;
            if (Objects.equals(newest, seen)) {
                return;
            }
            if (seen == null || newest == null || newest < seen) {
                // First look, or the log was replaced (a restore): nothing says what is still valid.
                forgetAll();
            } else {
                List<Long> ids = jdbc.sql("SELECT DISTINCT account_id FROM account_change WHERE seq > ? AND seq <= ?")
                        .params(seen, newest)
                        .query((rs, i) -> (Long) rs.getObject(1, Long.class))
                        .list();
                ids.forEach(this::forget);
            }
            lastSeen = newest;
        } catch (RuntimeException e) {
            // The database is out of reach: without news, nothing cached may be trusted for long.
            log.debug("Could not read the account change log: {}", e.toString());
            forgetAll();
        }
    }

    /** Removes change-log rows older than a day (nodes look every second or so). */
    int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM account_change WHERE changed_at < ?")
                .param(OffsetDateTime.now(clock).minus(age).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    private void forget(Long accountId) {
        generation.incrementAndGet();
        if (accountId == null) {
            entries.clear();
        } else {
            entries.remove(accountId);
        }
    }

    private void forgetAll() {
        forget(null);
    }
}
