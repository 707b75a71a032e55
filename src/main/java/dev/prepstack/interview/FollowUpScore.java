package dev.prepstack.interview;

import dev.prepstack.feedback.Feedback;

/**
 * How one follow-up answer of a finished interview was scored. It is kept with the interview when
 * it finishes, model answer included, so the report reads the same after the bank changes.
 *
 * @param index the follow-up's index in its question (1 or 2)
 * @param status whether it was scored, and if not why
 * @param see the slug of the bank question whose key points scored it, or null when the follow-up
 *     has a short answer of its own (or no rubric)
 * @param seeTitle that question's title, or null
 * @param modelAnswer the follow-up's short answer, or the summary of the question it points to; null
 *     without a rubric
 * @param feedback the evaluator's feedback, only when {@code status} is {@link Status#SCORED}
 */
public record FollowUpScore(
        int index, Status status, String see, String seeTitle, String modelAnswer, Feedback feedback) {

    public enum Status {
        /** Answered and evaluated against its rubric: it counts in its question's score. */
        SCORED,
        /** It has a rubric but no answer was saved: not counted (see {@link InterviewReport#FOLLOW_UP_SHARE}). */
        UNANSWERED,
        /** Asked by the LLM coach about what the candidate said: there is no model answer to score it against. */
        NO_RUBRIC
    }

    public Integer score() {
        return status == Status.SCORED && feedback != null ? feedback.score() : null;
    }
}
