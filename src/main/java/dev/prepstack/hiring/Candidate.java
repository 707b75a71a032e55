package dev.prepstack.hiring;

import java.time.Instant;

/** A person being interviewed: a record of the organisation, not an account. */
public record Candidate(long id, String name, Instant createdAt) {}
