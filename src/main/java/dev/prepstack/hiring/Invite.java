package dev.prepstack.hiring;

import dev.prepstack.shared.NotFoundException;
import java.time.Instant;

/** A single-use invite link's state: it works once, and not after it expires. */
record Invite(long id, long organisationId, String organisationName, Instant expiresAt, boolean accepted) {

    /** Unused and unexpired, or "not found": a used link says no more than an unknown one. */
    Invite usable(Instant now) {
        if (accepted || !expiresAt.isAfter(now)) {
            throw gone();
        }
        return this;
    }

    static NotFoundException gone() {
        return new NotFoundException("No such invite (it may have been used or have expired)");
    }
}
