package dev.prepstack.catalog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.prepstack.catalog.Catalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question API's JSON, serialised once per content version and kept as bytes with its ETag: the
 * answers are a pure function of the bank and what was asked, and serialising a long answer is most of
 * what such a request cost. Bounded in bytes; a new content version empties it.
 */
@Component
class SerialisedBodies {

    /** The JSON of one answer and its strong ETag. */
    record Body(byte[] json, String etag) {}

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Catalog catalog;
    private final JsonMapper json;
    private final Cache<Key, Body> bodies;
    private volatile String current = "";

    SerialisedBodies(Catalog catalog, JsonMapper json, MeterRegistry registry) {
        this.catalog = catalog;
        this.json = json;
        this.bodies = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Key key, Body body) -> body.json().length + 256)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, bodies, "api-bodies");
    }

    /**
     * The body for what was asked under the current content version, serialised from {@code value} the
     * first time. {@code asked} identifies the answer completely (the ETag is made from it).
     */
    Body get(Supplier<Object> value, Object... asked) {
        String version = catalog.contentVersion();
        if (!version.equals(current)) {
            changeTo(version);
        }
        // The ETag (a hash) is made once, with the body; the key only compares what was asked.
        return bodies.get(
                new Key(version, List.of(asked)),
                key -> new Body(json.writeValueAsBytes(value.get()), ContentETags.tag(version, asked)));
    }

    private record Key(String version, List<Object> asked) {}

    private synchronized void changeTo(String version) {
        if (!version.equals(current)) {
            current = version;
            bodies.invalidateAll();
        }
    }
}
