package dev.prepstack.hiring.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import dev.prepstack.shared.ForbiddenException;

/**
 * The hiring API and pages are for interviewers. Bearer tokens carry the roles of the moment; a
 * page session carries those of its sign-in, refreshed when the person accepts an invite. Both
 * security chains let only signed-in people reach hiring, so a missing role is a 403 here.
 */
final class Interviewers {

    private Interviewers() {}

    static long id(AccountUser user) {
        if (user == null || !user.has(Role.INTERVIEWER)) {
            throw new ForbiddenException("The interviewer role is needed");
        }
        return user.id();
    }
}
