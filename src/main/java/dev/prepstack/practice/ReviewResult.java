package dev.prepstack.practice;

import java.time.Instant;

public record ReviewResult(
        String questionSlug,
        CardState state,
        Integer step,
        Instant due,
        double stability,
        double difficulty,
        double retrievability,
        long reviewId) {}
