package dev.prepstack.web;

import dev.prepstack.account.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cached public pages for visitors with a session or remember-me cookie: the same bytes anonymous
 * visitors get, with the signed-in person's parts (the header's account menu and sign-out form with
 * this request's CSRF token, the practice links, the question's notes link) put into the page's
 * personal slots. It runs after Spring Security, so the person is known and checked exactly as for
 * any page, and Spring Security's {@code Cache-Control: no-store} stays on the response: these pages
 * carry no ETag and no shared cache may keep them. A page not yet in the cache (only anonymous renders
 * fill it) is rendered as usual; the landing page, which is a personal home once signed in, never
 * comes from here.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class PersonalPageFilter extends OncePerRequestFilter {

    private final RenderedPageCache cache;
    private final boolean enabled;

    PersonalPageFilter(RenderedPageCache cache, PageCacheProperties properties) {
        this.cache = cache;
        this.enabled = properties.enabled();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return !enabled
                || request.getAttribute(PageCacheFilter.ANSWERED) != null
                || !("GET".equals(method) || "HEAD".equals(method))
                || request.getQueryString() != null
                || request.getHeader("HX-Request") != null
                || "/".equals(path)
                || CacheablePages.cacheControl(path).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String version = cache.version();
        CachedPage page = version == null ? null : cache.get(version, path);
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        AccountUser user = authentication != null && authentication.getPrincipal() instanceof AccountUser signedIn
                ? signedIn
                : null;
        if (user != null && page.slots() == null) {
            // A page whose personal parts cannot be placed is rendered for the person as usual.
            chain.doFilter(request, response);
            return;
        }
        boolean gzip = PageCacheFilter.acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body;
        if (user == null) {
            // A guest's session or a stale cookie: the anonymous page is theirs too.
            body = gzip ? page.gzip() : page.plain();
        } else {
            List<String> parts = new PersonalParts(user, request.getContextPath(), csrfToken(request), path)
                    .fill(page.slots().slots());
            body = gzip ? page.slots().gzip(parts) : page.slots().plain(parts);
        }
        cache.countPersonal();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String csrfToken(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : "";
    }
}
