package dev.prepstack.hiring;

import java.time.Instant;

public record Member(long accountId, String displayName, OrgRole role, Instant joinedAt) {}
