package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.GuestPractice;
import dev.prepstack.practice.Practitioner;
import jakarta.servlet.http.HttpSession;

/** Whose practice a request works on: the signed-in account's, or the guest's kept in the HTTP session. */
final class GuestSessions {

    private GuestSessions() {}

    /** {@code httpSession} null: a guest who only looks (GET) gets an empty practice, never stored. */
    static Practitioner practitioner(AccountUser user, HttpSession httpSession) {
        if (user != null) {
            return Practitioner.account(user.id());
        }
        if (httpSession == null) {
            return Practitioner.guest(new GuestPractice(), null);
        }
        GuestPractice guest;
        // One guest practice per HTTP session, also when two first requests race.
        synchronized (httpSession.getId().intern()) {
            guest = (GuestPractice) httpSession.getAttribute(GuestPractice.SESSION_ATTRIBUTE);
            if (guest == null) {
                guest = new GuestPractice();
                httpSession.setAttribute(GuestPractice.SESSION_ATTRIBUTE, guest);
            }
        }
        GuestPractice practice = guest;
        // Set again after each change, so that a replicated session store (Redis) saves it.
        return Practitioner.guest(practice, () -> httpSession.setAttribute(GuestPractice.SESSION_ATTRIBUTE, practice));
    }
}
