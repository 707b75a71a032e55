package dev.prepstack.account.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Principals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session's principal is checked against the account's current one on every request, as the
 * bearer filter does for tokens: a role removed (or given) takes effect in every open session, and a
 * session whose account was deleted, or whose sessions were ended (password reset, "sign out
 * everywhere"), is signed out. The current principal comes from memory ({@link Principals}): at once on
 * the node that made the change, within {@code prepstack.account.principal-poll} (1 s) on the others.
 * Also fits each session's lifetime to whether it belongs to an account.
 */
class FreshPrincipalFilter extends OncePerRequestFilter {

    private final Principals principals;
    private final SecurityContextRepository contexts;
    private final int guestSeconds;
    private final int signedInSeconds;

    FreshPrincipalFilter(
            Principals principals,
            SecurityContextRepository contexts,
            Duration guestTimeout,
            Duration signedInTimeout) {
        this.principals = principals;
        this.contexts = contexts;
        this.guestSeconds = (int) guestTimeout.toSeconds();
        this.signedInSeconds = (int) signedInTimeout.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof AccountUser user) {
            var fresh = principals.current(user.id());
            if (fresh.isEmpty() || !fresh.get().sameSessionsAs(user)) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!fresh.get().sameGrantsAs(user)) {
                AccountUser updated = user.refreshedFrom(fresh.get());
                var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
                token.setDetails(current.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(token);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            fitLifetime(request);
        }
    }

    /**
     * Sessions without an account (a guest's practice, a coach job) live briefly; a session that signed
     * in gets the full lifetime. Anonymous visitors cannot pile up long-lived sessions.
     */
    private void fitLifetime(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        int wanted = auth != null && auth.getPrincipal() instanceof AccountUser ? signedInSeconds : guestSeconds;
        try {
            if (session.getMaxInactiveInterval() != wanted) {
                session.setMaxInactiveInterval(wanted);
            }
        } catch (IllegalStateException invalidated) {
            // Signed out during this request: nothing to fit.
        }
    }
}
