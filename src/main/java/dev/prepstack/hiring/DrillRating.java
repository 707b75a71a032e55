package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;

/**
 * One rating of one drill answer (positions from 1) on one attribute: 1 to 4, the scorecard's scale, with
 * its reason. {@code rating} is boxed so that a missing value is refused here with a clear message.
 */
public record DrillRating(int answer, String attribute, Integer rating, String reason) {

    public DrillRating {
        if (attribute == null || attribute.isBlank()) {
            throw new InvalidParameterException("ratings", "each rating names an attribute");
        }
        attribute = attribute.strip();
        if (rating == null || rating < 1 || rating > 4) {
            throw new InvalidParameterException("ratings", "each rating must be 1, 2, 3 or 4");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > ScorecardDraft.MAX_REASON) {
            throw new InvalidParameterException("ratings", "each reason must be at most 2,000 characters");
        }
    }
}
