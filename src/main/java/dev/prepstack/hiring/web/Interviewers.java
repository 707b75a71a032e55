package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The hiring API and pages are for interviewers. Bearer tokens carry the roles of the moment; a
 * page session carries those of its sign-in, refreshed when the person accepts an invite.
 */
final class Interviewers {

    private Interviewers() {}

    static long id(AccountUser user) {
        if (user == null || !user.has(Role.INTERVIEWER)) {
            throw new AccessDeniedException("The interviewer role is needed");
        }
        return user.id();
    }
}
