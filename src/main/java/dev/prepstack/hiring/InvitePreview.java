package dev.prepstack.hiring;

import java.time.Instant;

/** What the holder of an invite link sees before accepting it. */
public record InvitePreview(long organisationId, String organisationName, Instant expiresAt, boolean alreadyMember) {}
