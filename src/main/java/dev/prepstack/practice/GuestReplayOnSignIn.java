package dev.prepstack.practice;

import dev.prepstack.account.AccountUser;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** When a guest signs up or signs in, their practice so far moves into the account. */
@Component
class GuestReplayOnSignIn {

    private static final Logger log = LoggerFactory.getLogger(GuestReplayOnSignIn.class);

    private final GuestReplay replay;

    GuestReplayOnSignIn(GuestReplay replay) {
        this.replay = replay;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session != null
                && session.getAttribute(GuestPractice.SESSION_ATTRIBUTE) instanceof GuestPractice guest
                && !guest.isEmpty()) {
            int n = replay.replay(user.id(), guest);
            session.removeAttribute(GuestPractice.SESSION_ATTRIBUTE);
            log.info("Replayed {} guest review(s) into account {}", n, user.id());
        }
    }
}
