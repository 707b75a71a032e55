package dev.prepstack.hiring;

import java.time.Instant;

/** An organisation as one of its members sees it: their role and whether it is their current one. */
public record Organisation(long id, String name, OrgRole role, boolean current, Instant createdAt) {

    public boolean owner() {
        return role == OrgRole.OWNER;
    }
}
