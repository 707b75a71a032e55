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

    /** The same card due at another time. */
    public Card withDue(Instant at) {
        return new Card(state, step, stability, difficulty, at, lastReview);
    }

    public boolean isNew() {
        return lastReview == null;
    }

    /** Graduated to spaced reviews with a stability of three weeks or more, as the dashboard counts it. */
    public boolean mastered() {
        return state == CardState.REVIEW && stability != null && stability >= ProgressReport.MASTERED_STABILITY;
    }
}
