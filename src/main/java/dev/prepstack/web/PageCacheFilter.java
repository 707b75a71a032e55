package dev.prepstack.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the public pages of the bank to anonymous visitors from memory: rendered once per content
 * version, sent as bytes (gzip when accepted) with a strong ETag and Last-Modified, and 304 for a
 * conditional request that matches. Anonymous means no session cookie, no remember-me cookie and no
 * Authorization header; visitors with a session get the same pages from {@link PersonalPageFilter}
 * once Spring Security knows them, and any query string and htmx requests take the usual path. It runs after the host and request checks and before
 * Spring Security, whose work a cached page does not need: such pages hold no form and so no CSRF
 * token, and a render that sets any cookie but the CSRF one, starts a session or carries a token is
 * never stored. The CSRF cookie of a render is not replayed either: the visitor gets it with the
 * first page that has a form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {

    /** The CSRF cookie of {@code CookieCsrfTokenRepository}: the only cookie a cacheable render may set. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";
    /** Renders larger than this are served but not kept (no page of the bank comes near it). */
    static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    /** Request attribute: this filter answered (or rendered) the request; {@link PersonalPageFilter} keeps out. */
    static final String ANSWERED = PageCacheFilter.class.getName() + ".answered";

    private final RenderedPageCache cache;
    private final boolean enabled;
    private final Set<String> personalCookies;

    PageCacheFilter(
            RenderedPageCache cache,
            PageCacheProperties properties,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.cache = cache;
        this.enabled = properties.enabled();
        // The servlet session's cookie, Spring Session's (the redis profile) and remember-me.
        this.personalCookies = new java.util.HashSet<>(List.of(sessionCookie, "JSESSIONID", "SESSION", "remember-me"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !enabled
                || !("GET".equals(method) || "HEAD".equals(method))
                || request.getQueryString() != null
                || request.getHeader("HX-Request") != null
                || CacheablePages.cacheControl(request.getRequestURI()).isEmpty()
                || !anonymous(request);
    }

    private boolean anonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (personalCookies.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ANSWERED, Boolean.TRUE);
        String path = request.getRequestURI();
        String version = cache.version();
        if (version == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = cache.get(version, path);
        if (page != null) {
            cache.countHit();
        } else if ("HEAD".equals(request.getMethod())) {
            // A HEAD render has no body to keep.
            chain.doFilter(request, response);
            return;
        } else {
            page = render(request, response, chain, path, version);
            if (page == null) {
                return;
            }
        }
        serve(request, response, page);
    }

    private CachedPage render(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path, String version)
            throws ServletException, IOException {
        var captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        Optional<String> refusal = refusal(request, captured);
        if (refusal.isPresent()) {
            cache.countRefused();
            captured.release();
            return null;
        }
        String contentLanguage = captured.getHeader("Content-Language");
        CachedPage page = CachedPage.of(
                captured.getContentAsByteArray(),
                captured.getContentType(),
                contentLanguage,
                cache.lastModified(),
                CacheablePages.cacheControl(path).orElseThrow());
        cache.put(version, path, page);
        cache.countRendered();
        // The body goes out from the page below; the buffer is not copied.
        captured.resetBuffer();
        return page;
    }

    /** Why a render must not be stored, if it must not: anything that could belong to this visitor. */
    static Optional<String> refusal(HttpServletRequest request, CapturedResponse captured) {
        if (captured.getStatus() != HttpServletResponse.SC_OK || captured.isCommitted()) {
            return Optional.of("status " + captured.getStatus());
        }
        String type = captured.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return Optional.of("content type " + type);
        }
        if (request.getSession(false) != null) {
            return Optional.of("a session was started");
        }
        for (String cookie : captured.setCookies()) {
            if (!cookie.startsWith(CSRF_COOKIE + "=")) {
                return Optional.of("sets a cookie");
            }
        }
        if (captured.getContentSize() > MAX_PAGE_BYTES) {
            return Optional.of("too large");
        }
        String body = new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
        // A form's hidden field or a meta tag (Markdown that merely mentions it is escaped), or this
        // visitor's token itself anywhere in the page.
        if (body.contains("name=\"_csrf\"") || body.contains("X-CSRF-TOKEN\"") || body.contains("X-XSRF-TOKEN\"")) {
            return Optional.of("carries a CSRF field");
        }
        for (String cookie : captured.setCookies()) {
            String token = cookie.substring(CSRF_COOKIE.length() + 1).split(";", 2)[0];
            if (token.length() >= 8 && body.contains(token)) {
                return Optional.of("carries the visitor's CSRF token");
            }
        }
        return Optional.empty();
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Cache-Control", page.cacheControl());
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        response.setHeader("ETag", gzip ? page.gzipEtag() : page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        if (notModified(request, page)) {
            cache.countNotModified();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** If-None-Match decides when present (RFC 9110 13.2.2); If-Modified-Since only without it. */
    private static boolean notModified(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return page.matches(ifNoneMatch);
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified().toEpochMilli() <= since;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** gzip (or x-gzip) listed without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
                continue;
            }
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=") && param.substring(2).trim().matches("0(\\.0{0,3})?")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
