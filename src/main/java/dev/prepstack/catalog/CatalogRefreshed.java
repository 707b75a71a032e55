package dev.prepstack.catalog;

import java.time.Instant;

/**
 * Published on every node once its in-memory catalog holds a newer bank: after a sync on this node
 * ({@link ContentSynced}) or when it sees that another node synced. Whatever is built from the bank
 * (the search index, cached pages) rebuilds on this, and then reads the new version.
 *
 * @param version the content version, as {@link Catalog#contentVersion()} reports it
 * @param syncedAt the sync the bank comes from (null before the first sync)
 */
public record CatalogRefreshed(String version, Instant syncedAt) {}
