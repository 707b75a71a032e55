package dev.prepstack.practice;

import java.time.Instant;

/**
 * A question's memory state for one person. {@code stability}, {@code difficulty} and
 * {@code lastReview} are null until the first review; {@code step} is null in the review state.
 */
public record Card(
        CardState state, Integer step, Double stability, Double difficulty, Instant due, Instant lastReview) {

    public static Card fresh(Instant now) {
        return new Card(CardState.LEARNING, 0, null, null, now, null);
    }

    public boolean isNew() {
        return lastReview == null;
    }
}
