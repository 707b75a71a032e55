package dev.prepstack.hiring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One interviewer's assessment of one candidate with one kit version. {@code interviewer} reads
 * "former member" once its author deleted their account.
 */
public record Scorecard(
        long id,
        long kitId,
        int kitVersion,
        long candidateId,
        String candidateName,
        String interviewer,
        boolean mine,
        boolean submitted,
        List<Answer> answers,
        List<AttributeRating> ratings,
        Verdict recommendation,
        String summary,
        Instant updatedAt,
        Instant submittedAt,
        List<Amendment> amendments) {

    public static final String FORMER_MEMBER = "former member";

    /** What the interviewer noted for one question of the kit (positions count from 1). */
    public record Answer(
            int position,
            List<Integer> coveredKeyPoints,
            List<Integer> askedFollowUps,
            String notes,
            String transcript) {

        public boolean covered(int keyPoint) {
            return coveredKeyPoints.contains(keyPoint);
        }

        public boolean asked(int followUp) {
            return askedFollowUps.contains(followUp);
        }
    }

    public record AttributeRating(String attribute, Verdict rating, String reason) {}

    /** A note added after submission; the scorecard itself never changes. */
    public record Amendment(long id, String author, Instant at, String text) {}

    public Answer answer(int position) {
        return answers.stream()
                .filter(a -> a.position() == position)
                .findFirst()
                .orElse(new Answer(position, List.of(), List.of(), null, null));
    }

    public Optional<AttributeRating> rating(String attribute) {
        return ratings.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }
}
