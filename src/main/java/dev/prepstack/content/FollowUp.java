package dev.prepstack.content;

import java.util.List;

/**
 * A question an interviewer asks next, with what answers it: either another question of the bank
 * ({@code see}) or a short answer of its own with the key points a mock interview scores it on.
 *
 * @param question the follow-up as an interviewer asks it
 * @param answer a 2-4 sentence answer, or null when {@code see} answers it (or the file predates answers)
 * @param keyPoints 2-3 checkable statements of that answer; empty when there is no answer
 * @param see the slug of the bank question that answers it, or null
 */
public record FollowUp(String question, String answer, List<String> keyPoints, String see) {

    public FollowUp {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
    }

    /** A follow-up from a file (or a stored row) of the time before follow-ups carried answers. */
    public static FollowUp questionOnly(String question) {
        return new FollowUp(question, null, List.of(), null);
    }

    public boolean hasAnswer() {
        return answer != null && !keyPoints.isEmpty();
    }

    /** Answered by its own answer or by a bank question. */
    public boolean isAnswered() {
        return hasAnswer() || see != null;
    }

    public FollowUp withoutSee() {
        return new FollowUp(question, answer, keyPoints, null);
    }
}
