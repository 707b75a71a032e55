package dev.prepstack.web;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which anonymous page views the page cache answers, and how long browsers and shared caches may keep
 * each page. Exact paths only, without a query string: a query (a search, a message after signing
 * out) or any other spelling of a path is rendered as usual, so nobody can fill the cache with
 * variants.
 */
final class CacheablePages {

    /** The landing page (with the FAQ), lists and the learning path: counts move with each sync. */
    static final String LISTS = "public, max-age=60";
    /** A question changes only when its file does; a minute of staleness after a sync is fine at 5. */
    static final String QUESTIONS = "public, max-age=300";

    private static final Set<String> FIXED =
            Set.of("/", "/topics", "/behavioral", "/system-design", "/roles", "/learning-path");
    private static final Pattern SLUG_PAGE = Pattern.compile("/(topics|questions|roles)/[a-z0-9][a-z0-9-]{0,119}");

    private CacheablePages() {}

    /** The Cache-Control of a cacheable page, empty for any other path. */
    static Optional<String> cacheControl(String path) {
        if (FIXED.contains(path)) {
            return Optional.of(LISTS);
        }
        if (SLUG_PAGE.matcher(path).matches()) {
            return Optional.of(path.startsWith("/questions/") ? QUESTIONS : LISTS);
        }
        return Optional.empty();
    }
}
