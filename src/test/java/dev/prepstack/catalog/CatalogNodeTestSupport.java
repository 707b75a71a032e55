package dev.prepstack.catalog;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the catalog package that stand in for another node's sync: makes this node's
 * catalog look at the shared sync time now instead of at its next poll.
 */
public final class CatalogNodeTestSupport {

    private CatalogNodeTestSupport() {}

    public static void followSharedSyncNow(ApplicationContext context) {
        context.getBean(CatalogSnapshots.class).followSharedSync();
    }
}
