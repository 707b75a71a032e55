package dev.prepstack.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A cap on this node's HTTP sessions for visitors without an account: once
 * {@code prepstack.max-anonymous-sessions} sessions exist, a request that would start a new one for an
 * anonymous visitor (a guest's practice, a coach job) answers 503 with Retry-After instead, while
 * signing in and everything that needs no session keep working. Sessions in Redis (the "redis"
 * profile) are not container sessions and are not counted; their 30-minute lifetime bounds them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class AnonymousSessionCap extends OncePerRequestFilter implements HttpSessionListener {

    private final AtomicInteger live = new AtomicInteger();
    private final int cap;

    AnonymousSessionCap(@Value("${prepstack.max-anonymous-sessions:20000}") int cap) {
        this.cap = cap;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }

    int live() {
        return live.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (cap <= 0 || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Capped(request), response);
        } catch (CapReached | ServletException e) {
            if (!(e instanceof CapReached) && !(e.getCause() instanceof CapReached)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(503);
                response.setHeader("Retry-After", "60");
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter()
                        .write(
                                "Too many visitors are practising as guests right now. Sign in, or try again in a minute.");
            }
        }
    }

    /** Refuses to start a session for an anonymous visitor once the cap is reached. */
    private final class Capped extends HttpServletRequestWrapper {

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            if (live.get() >= cap && anonymous() && !signingIn()) {
                throw new CapReached();
            }
            return super.getSession(true);
        }

        private boolean anonymous() {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        }

        private boolean signingIn() {
            String path = getServletPath();
            return "POST".equals(getMethod()) && ("/login".equals(path) || "/signup".equals(path));
        }
    }

    static final class CapReached extends RuntimeException {
        CapReached() {
            super("anonymous session cap reached", null, false, false);
        }
    }
}
