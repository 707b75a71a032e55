package dev.prepstack.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.search.QuestionSearch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages per content version, bounded in bytes. The version is the catalog snapshot's
 * (the catalog swaps it after a sync on this node at once, and after another node's within its refresh
 * interval) plus the search index's generation (related questions come from it, and it follows the
 * catalog, and the embedding model, on its own schedule). A new version empties the cache; a render
 * that began under an older one is not stored.
 */
@Component
class RenderedPageCache {

    private final Catalog catalog;
    private final ObjectProvider<QuestionSearch> search;
    private final Cache<String, CachedPage> pages;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Counter hits;
    private final Counter notModified;
    private final Counter misses;
    private final Counter refused;
    private final Counter personal;
    private volatile String current = "";
    private volatile Version last = new Version(null, -1, null);
    private volatile QuestionSearch finder;

    RenderedPageCache(
            Catalog catalog,
            ObjectProvider<QuestionSearch> search,
            PageCacheProperties properties,
            MeterRegistry registry) {
        this.catalog = catalog;
        this.search = search;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String path, CachedPage page) -> page.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, pages, "rendered-pages");
        Gauge.builder("prepstack.page.cache.bytes", this, RenderedPageCache::bytes)
                .description("Memory held by rendered pages (plain and gzip bodies)")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder(
                        "prepstack.page.cache.max.bytes",
                        properties,
                        p -> p.maxSize().toBytes())
                .baseUnit("bytes")
                .register(registry);
        hits = outcome(registry, "hit");
        notModified = outcome(registry, "not-modified");
        misses = outcome(registry, "rendered");
        refused = outcome(registry, "not-cacheable");
        personal = outcome(registry, "hit-with-personal-parts");
    }

    private static Counter outcome(MeterRegistry registry, String result) {
        return Counter.builder("prepstack.page.cache.requests")
                .description("Public page views by how the page cache answered them")
                .tag("result", result)
                .register(registry);
    }

    /** The content version pages are rendered under now; null before the catalog has its first snapshot. */
    String version() {
        String bank;
        try {
            bank = catalog.contentVersion();
        } catch (RuntimeException notYetLoaded) {
            // The page is rendered as usual, which answers the situation the way every page does.
            return null;
        }
        if (bank == null) {
            return null;
        }
        QuestionSearch finder = this.finder;
        if (finder == null) {
            finder = search.getIfAvailable();
            this.finder = finder;
        }
        long generation = finder == null ? 0 : finder.indexGeneration();
        Version seen = last;
        if (seen.bank() == bank && seen.generation() == generation) {
            // The same snapshot as the last request: no string to build on the hot path.
            return seen.key();
        }
        String version = bank + "/" + generation;
        if (!version.equals(current)) {
            changeTo(version);
        }
        last = new Version(bank, generation, version);
        return version;
    }

    private record Version(String bank, long generation, String key) {}

    /** Pages of an older version are never served again: their memory is freed at once. */
    private synchronized void changeTo(String version) {
        if (!version.equals(current)) {
            current = version;
            pages.invalidateAll();
        }
    }

    /** When the content of the current version was synced: the pages' Last-Modified. */
    Instant lastModified() {
        Instant at = catalog.lastSynced();
        return at == null ? started : at.truncatedTo(ChronoUnit.SECONDS);
    }

    CachedPage get(String version, String path) {
        return pages.getIfPresent(version + " " + path);
    }

    /** Stores a page unless the content moved on while it was rendered. */
    void put(String version, String path, CachedPage page) {
        if (version.equals(version())) {
            pages.put(version + " " + path, page);
        }
    }

    long bytes() {
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long size() {
        return pages.estimatedSize();
    }

    double hitCount() {
        return hits.count();
    }

    void countHit() {
        hits.increment();
    }

    void countNotModified() {
        notModified.increment();
    }

    void countRendered() {
        misses.increment();
    }

    void countPersonal() {
        personal.increment();
    }

    double personalCount() {
        return personal.count();
    }

    void countRefused() {
        refused.increment();
    }
}
