package dev.prepstack.hiring;

import java.time.Instant;

/** One line of an organisation's activity log; {@code actor} is "former member" after deletion. */
public record LogEntry(Instant at, String actor, String action, String detail) {}
