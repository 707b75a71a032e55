package dev.prepstack.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache of anonymous page views.
 *
 * @param enabled serve the public pages of the bank from memory to visitors without a session
 * @param maxSize memory the cached pages may take (plain and gzip bodies together); the least
 *     useful pages are evicted beyond it
 */
@ConfigurationProperties("prepstack.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxSize) {}
