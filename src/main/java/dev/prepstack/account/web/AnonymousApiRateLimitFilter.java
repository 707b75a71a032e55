package dev.prepstack.account.web;

import dev.prepstack.shared.RateLimitProperties;
import dev.prepstack.shared.RateLimiter;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Callers without a token share one budget per IP across the public API (reads, sign-up, feedback). */
class AnonymousApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    AnonymousApiRateLimitFilter(RateLimiter limiter, RateLimitProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Authorization") == null) {
            try {
                limiter.check(
                        "public-api", request.getRemoteAddr(), limits.publicApiPerMinute(), Duration.ofMinutes(1));
            } catch (TooManyRequestsException e) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                                + "\"detail\":\"Too many requests from this address; send a token or wait.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
