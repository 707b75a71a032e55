package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.time.Instant;

public record KitSummary(
        long id, String title, String role, Level level, int version, int questions, Instant updatedAt) {}
