package dev.prepstack.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache of anonymous page views.
 *
 * @param enabled serve the public pages of the bank from memory to visitors without a session
 * @param maxSize memory the cached pages may take (plain and gzip bodies together); the least
 *     useful pages are evicted beyond it
 * @param refreshInterval how often the node checks the shared sync time for a content reload made on
 *     another node (this node's own reloads take effect at once)
 */
@ConfigurationProperties("prepstack.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("15s") Duration refreshInterval) {}
