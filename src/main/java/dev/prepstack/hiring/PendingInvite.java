package dev.prepstack.hiring;

import java.time.Instant;

/** An invite not yet accepted (and not expired), without its token. */
public record PendingInvite(long id, String note, Instant createdAt, Instant expiresAt) {}
