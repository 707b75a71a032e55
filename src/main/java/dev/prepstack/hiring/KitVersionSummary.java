package dev.prepstack.hiring;

import java.time.Instant;

public record KitVersionSummary(int version, String title, String author, Instant createdAt, long scorecards) {}
