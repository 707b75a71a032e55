package dev.prepstack.catalog;

import dev.prepstack.shared.DataRestored;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link CatalogSnapshot} and replaces it whole. The bank changes only at a sync:
 * this node's sync announces itself with {@link ContentSynced}; another node's shows as a moved sync
 * time in the shared database, which every node polls.
 */
@Component
class CatalogSnapshots {

    private static final Logger log = LoggerFactory.getLogger(CatalogSnapshots.class);

    private final CatalogStore store;
    private final ApplicationEventPublisher events;
    private volatile CatalogSnapshot current;

    CatalogSnapshots(CatalogStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** The snapshot readers use; built on first use if no sync has built one yet. */
    CatalogSnapshot current() {
        CatalogSnapshot snapshot = current;
        return snapshot != null ? snapshot : rebuild();
    }

    @EventListener(ContentSynced.class)
    void onSynced() {
        rebuild();
    }

    /** A restored backup brings its own question rows (and ids); other nodes follow its sync time. */
    @EventListener(DataRestored.class)
    void onRestored() {
        rebuild();
    }

    /**
     * Rebuilds when the shared sync time differs from the one the snapshot was built from. Not only
     * a later time: a restored backup brings an earlier one, and its own question rows.
     */
    @Scheduled(
            fixedDelayString = "${prepstack.catalog.refresh-interval:15s}",
            initialDelayString = "${prepstack.catalog.refresh-interval:15s}")
    void refreshIfSyncedElsewhere() {
        followSharedSync();
    }

    /** The current snapshot, rebuilt first if the shared sync time moved since it was built. */
    CatalogSnapshot followSharedSync() {
        CatalogSnapshot snapshot = current;
        Instant shared = store.lastSynced();
        if (snapshot == null || !Objects.equals(shared, snapshot.syncedAt())) {
            log.info("Content was synced on another node (or restored): rebuilding the in-memory catalog");
            return rebuild();
        }
        return snapshot;
    }

    /** Reads the bank and swaps it in; announces it when its version is new, after the swap. */
    CatalogSnapshot rebuild() {
        CatalogSnapshot built;
        boolean changed;
        synchronized (this) {
            long started = System.nanoTime();
            built = store.load();
            CatalogSnapshot previous = current;
            current = built;
            changed = previous == null || !previous.version().equals(built.version());
            log.info(
                    "In-memory catalog built in {} ms: {} questions ({} live), version {}",
                    (System.nanoTime() - started) / 1_000_000,
                    built.size(),
                    built.listOrder().size(),
                    built.version());
        }
        // Outside the lock: listeners (the search index) may take seconds and read the new snapshot.
        if (changed) {
            events.publishEvent(new CatalogRefreshed(built.version(), built.syncedAt()));
        }
        return built;
    }
}
