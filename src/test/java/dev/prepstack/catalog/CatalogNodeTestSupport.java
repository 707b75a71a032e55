package dev.prepstack.catalog;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the catalog package that change the bank's rows the way a sync would: makes this
 * node's in-memory catalog read them now instead of at its next poll.
 */
public final class CatalogNodeTestSupport {

    private CatalogNodeTestSupport() {}

    public static void followSharedSyncNow(ApplicationContext context) {
        context.getBean(CatalogSnapshots.class).followSharedSync();
    }

    /** Reads the bank again after a test changed its rows directly (a sync would do the same). */
    public static void rebuildNow(ApplicationContext context) {
        context.getBean(CatalogSnapshots.class).rebuild();
    }
}
