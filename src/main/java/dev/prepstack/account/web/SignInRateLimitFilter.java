package dev.prepstack.account.web;

import dev.prepstack.account.SignInGuard;
import dev.prepstack.shared.TooManyRequestsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies the sign-in limits to the login form before the password is even checked. */
class SignInRateLimitFilter extends OncePerRequestFilter {

    private final SignInGuard guard;

    SignInRateLimitFilter(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            guard.checkLimits(request.getParameter("email"), request.getRemoteAddr());
        } catch (TooManyRequestsException e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
