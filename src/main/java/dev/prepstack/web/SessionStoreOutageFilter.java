package dev.prepstack.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the shared session store (Redis, with several nodes) does not answer, pages that need a
 * session cannot work: this says so with a 503 and a plain explanation instead of a stack of 500s.
 * Sits outside Spring Session's filter, which is where such failures surface.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionStoreOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!sessionStoreDown(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Session store unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootCause(e));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (request.getRequestURI().startsWith("/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                + "\"detail\":\"The session store does not answer; try again in a moment.\"}");
            } else {
                response.setContentType("text/html");
                response.getWriter().write("""
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unavailable for a moment — Prepstack</title>
                        <link rel="stylesheet" href="/css/prepstack.css"></head><body><main>
                        <h1>Sign-in is unavailable for a moment</h1>
                        <p>Prepstack cannot reach the store that keeps sign-ins, so pages that need one cannot open.
                        Nothing you saved is lost. Try again in a minute; the question bank stays readable meanwhile.</p>
                        <p><a href="/">Back to the question bank</a></p>
                        </main></body></html>""");
            }
        }
    }

    private static boolean sessionStoreDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.lettuce.core.") || name.startsWith("org.springframework.data.redis.")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }
}
