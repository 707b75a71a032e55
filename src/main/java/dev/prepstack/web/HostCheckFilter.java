package dev.prepstack.web;

import dev.prepstack.shared.PublicUrls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code prepstack.public-base-url} set, a request for any other host (its {@code Host}, or
 * {@code X-Forwarded-Host} from a trusted proxy) is refused with 400: nothing then answers under a
 * name an attacker picked. Health and metrics stay reachable by address for the orchestrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class HostCheckFilter extends OncePerRequestFilter {

    private final PublicUrls urls;

    HostCheckFilter(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !urls.configured() || request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (urls.hostAllowed(request.getServerName())) {
            chain.doFilter(request, response);
            return;
        }
        EarlyRefusal.badRequest(
                request,
                response,
                "This server does not answer for that host name.",
                "This server does not answer for that host name.");
    }
}
