package dev.prepstack.practice;

import java.time.Instant;

/**
 * One self-rated review. {@code reviewedAt} lets offline clients and imports replay reviews at their
 * real time; null means now. {@code clientReviewId} makes retries safe. The feedback fields carry the
 * coach's evaluation of the written answer, kept with the review in the answer history.
 */
public record ReviewCommand(
        String questionSlug,
        Rating rating,
        String answer,
        Integer elapsedSeconds,
        Instant reviewedAt,
        String clientReviewId,
        Integer feedbackScore,
        String feedbackJson) {

    public ReviewCommand(
            String questionSlug,
            Rating rating,
            String answer,
            Integer elapsedSeconds,
            Instant reviewedAt,
            String clientReviewId) {
        this(questionSlug, rating, answer, elapsedSeconds, reviewedAt, clientReviewId, null, null);
    }
}
