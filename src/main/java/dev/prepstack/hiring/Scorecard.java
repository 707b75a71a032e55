package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One interviewer's assessment of one candidate with one kit version. {@code interviewer} reads
 * "former member" once its author deleted their account. {@code computedScore} is the kit version's
 * weighted mean of the ratings once submitted (null for a draft); {@code anchors} is the version's
 * anchored scale, shown beside each rating.
 *
 * <p>A draft changes ({@link #edit}) until it is submitted ({@link #submit}); from then on it never
 * changes, and amendments go beside it ({@link #amend}). Who may do each is the service's concern;
 * what state allows it is decided here.
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
        List<Amendment> amendments,
        Double computedScore,
        Map<String, List<String>> anchors) {

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

    /** Whether the recommendation lies a point or more from the computed score (see {@link Verdict#disagreesWith}). */
    public boolean disagrees() {
        return submitted && recommendation != null && recommendation.disagreesWith(computedScore);
    }

    public Optional<AttributeRating> rating(String attribute) {
        return ratings.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /** The draft with new content, checked against the kit version it uses. */
    Scorecard edit(ScorecardDraft draft, Kit kit, Instant at) {
        checkDraft();
        draft.checkAgainst(kit);
        List<Answer> kept = draft.answers().stream()
                .filter(a -> !a.coveredKeyPoints().isEmpty()
                        || !a.askedFollowUps().isEmpty()
                        || a.notes() != null
                        || a.transcript() != null)
                .toList();
        // In the kit's order of attributes, which is how every page shows them.
        List<AttributeRating> rated = kit.attributes().stream()
                .flatMap(attribute ->
                        draft.ratings().stream().filter(r -> r.attribute().equals(attribute) && r.rating() != null))
                .toList();
        return new Scorecard(
                id,
                kitId,
                kitVersion,
                candidateId,
                candidateName,
                interviewer,
                mine,
                false,
                kept,
                rated,
                draft.recommendation(),
                draft.summary(),
                at,
                null,
                amendments,
                null,
                kit.anchors());
    }

    /** Complete drafts only: every focus attribute rated with a reason, and a recommendation. */
    Scorecard submit(Kit kit, Instant at) {
        checkDraft();
        new ScorecardDraft(answers, ratings, recommendation, summary).checkComplete(kit);
        return new Scorecard(
                id,
                kitId,
                kitVersion,
                candidateId,
                candidateName,
                interviewer,
                mine,
                true,
                answers,
                ratings,
                recommendation,
                summary,
                at,
                at,
                amendments,
                kit.score(ratings),
                kit.anchors());
    }

    /** A draft may be thrown away; a submitted scorecard is part of the record. */
    void discard() {
        checkDraft();
    }

    /** A note beside a submitted scorecard; a draft is changed instead. */
    Amendment amend(String text, String author, Instant at) {
        if (!submitted) {
            throw new InvalidParameterException(
                    "status", "is a draft: change it instead; amendments come after submitting");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > ScorecardDraft.MAX_TEXT) {
            throw new InvalidParameterException("text", "must be 1 to 20,000 characters");
        }
        return new Amendment(0, author, at, t);
    }

    void checkDraft() {
        if (submitted) {
            throw new InvalidParameterException("status", "is submitted and cannot change; add an amendment instead");
        }
    }
}
