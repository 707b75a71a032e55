package dev.prepstack.practice;

import java.time.Instant;

/**
 * One self-rated review. {@code reviewedAt} lets offline clients and imports replay reviews at their
 * real time; null means now. {@code clientReviewId} makes retries safe.
 */
public record ReviewCommand(
        String questionSlug,
        Rating rating,
        String answer,
        Integer elapsedSeconds,
        Instant reviewedAt,
        String clientReviewId) {}
