package dev.prepstack.shared;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to this installation (reset mails, invites, the OpenAPI {@code servers} entry).
 * They come from {@code prepstack.public-base-url} when it is set, never from a request's {@code Host}
 * or {@code X-Forwarded-Host}: a link built from those hands whatever it carries (a reset token) to
 * whoever chose the host. Without the property (no mail, a local installation) links follow the
 * request, which only its own sender sees.
 */
@Component
public class PublicUrls {

    private final String base;
    private final Set<String> hosts;

    public PublicUrls(PublicUrlProperties properties) {
        this.base = normalise(properties.publicBaseUrl());
        this.hosts = base == null
                ? Set.of()
                : Stream.concat(
                                Stream.of(properties.publicBaseUrl().getHost()),
                                properties.allowedHosts() == null ? Stream.empty() : properties.allowedHosts().stream())
                        .filter(h -> h != null && !h.isBlank())
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(URI uri) {
        if (uri == null || uri.toString().isBlank()) {
            return null;
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalStateException(
                    "prepstack.public-base-url must be an absolute http(s) URL such as https://prep.example.com, not "
                            + uri);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether prepstack.public-base-url is set. */
    public boolean configured() {
        return base != null;
    }

    /** The base without a trailing slash: the configured one, else the current request's. */
    public String base() {
        return base != null
                ? base
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** An absolute link to a path that starts with "/". */
    public String link(String path) {
        return base() + path;
    }

    /** Whether a request may carry this host name (always, when no base URL is configured). */
    public boolean hostAllowed(String host) {
        return base == null || (host != null && hosts.contains(host.toLowerCase(Locale.ROOT)));
    }
}
