package dev.prepstack.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits sign-ins through the pages (form and remember-me). */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final Accounts accounts;
    private final SignInGuard guard;

    SignInEvents(AuditLog audit, Accounts accounts, SignInGuard guard) {
        this.audit = audit;
        this.accounts = accounts;
        this.guard = guard;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser user) {
            audit.record(
                    AuditEvent.SIGN_IN_SUCCEEDED,
                    user.id(),
                    user.id(),
                    ip(event.getAuthentication().getDetails()),
                    "page");
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getName());
        Long id = accounts.idOf(email).orElse(null);
        String ip = ip(event.getAuthentication().getDetails());
        audit.record(AuditEvent.SIGN_IN_FAILED, id, null, ip, "page");
        if (event
                instanceof org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent) {
            guard.recordFailure(email, ip);
        }
    }

    private static String ip(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
