package dev.prepstack.hiring;

import java.time.Instant;

/** A new invite: the token is shown once, only its hash is stored. */
public record IssuedInvite(long id, long organisationId, String token, Instant expiresAt) {}
