package dev.prepstack.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

public record Account(long id, String email, String displayName, Set<Role> roles, ZoneId timeZone, Instant createdAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
