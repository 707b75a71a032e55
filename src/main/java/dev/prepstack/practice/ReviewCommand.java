package dev.prepstack.practice;

import java.time.Instant;

/**
 * One self-rated review. {@code reviewedAt} lets offline clients and imports replay reviews at their
 * real time; null means now. {@code clientReviewId} makes retries safe. The feedback fields carry the
 * coach's evaluation of the written answer, kept with the review in the answer history;
 * {@code suggestedRating} is the rating that evaluation suggested ({@link SuggestedRating}), kept
 * beside the rating chosen.
 */
public record ReviewCommand(
        String questionSlug,
        Rating rating,
        String answer,
        Integer elapsedSeconds,
        Instant reviewedAt,
        String clientReviewId,
        Integer feedbackScore,
        String feedbackJson,
        Rating suggestedRating) {

    public ReviewCommand(
            String questionSlug,
            Rating rating,
            String answer,
            Integer elapsedSeconds,
            Instant reviewedAt,
            String clientReviewId,
            Integer feedbackScore,
            String feedbackJson) {
        this(
                questionSlug,
                rating,
                answer,
                elapsedSeconds,
                reviewedAt,
                clientReviewId,
                feedbackScore,
                feedbackJson,
                null);
    }

    public ReviewCommand(
            String questionSlug,
            Rating rating,
            String answer,
            Integer elapsedSeconds,
            Instant reviewedAt,
            String clientReviewId) {
        this(questionSlug, rating, answer, elapsedSeconds, reviewedAt, clientReviewId, null, null, null);
    }
}
