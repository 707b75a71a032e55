package dev.prepstack.practice.web;

import dev.prepstack.practice.Rating;
import dev.prepstack.practice.ReviewCommand;
import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The API's review: ratings and times as text, checked here and named in a 400 when wrong. */
record ReviewBody(
        String questionSlug,
        String rating,
        String answer,
        Integer elapsedSeconds,
        String reviewedAt,
        String clientReviewId,
        String suggestedRating) {

    ReviewCommand command() {
        Rating chosen = Rating.parse(rating)
                .orElseThrow(() -> new InvalidParameterException("rating", "must be one of again, hard, good, easy"));
        Rating suggested = suggestedRating == null
                ? null
                : Rating.parse(suggestedRating)
                        .orElseThrow(() -> new InvalidParameterException(
                                "suggestedRating", "must be one of again, hard, good, easy"));
        return new ReviewCommand(
                questionSlug,
                chosen,
                answer,
                elapsedSeconds,
                instant(reviewedAt),
                clientReviewId,
                null,
                null,
                suggested);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    "reviewedAt", "must be an ISO-8601 instant such as 2026-11-22T10:15:00Z");
        }
    }
}
