package dev.prepstack.editorial;

import java.time.Instant;

/**
 * A reader's proposed change, pending until an editor decides. The transitions are here: a decided
 * suggestion cannot be decided again, so two editors racing on one suggestion cannot both publish.
 *
 * @param questionId the question it changes; null for a new question
 * @param topic the topic of a new question (null otherwise)
 * @param note the reader's private note to the editors: only they and the reader see it
 * @param creditName the name the reader wants to be credited by in the history; null for "a contributor"
 */
public record Suggestion(
        long id,
        long accountId,
        Long questionId,
        String topic,
        SuggestionKind kind,
        QuestionFields fields,
        String sourceUrl,
        String note,
        String creditName,
        SuggestionStatus status,
        Long editorId,
        String editorReply,
        Long revisionId,
        Instant createdAt,
        Instant decidedAt) {

    /** Thrown when a decided suggestion is decided again. */
    public static final class AlreadyDecided extends RuntimeException {
        AlreadyDecided(SuggestionStatus status) {
            super("This suggestion was already " + status.slug());
        }
    }

    public boolean pending() {
        return status == SuggestionStatus.PENDING;
    }

    public String credit() {
        return creditName == null || creditName.isBlank() ? "a contributor" : creditName;
    }

    Suggestion accept(long editor, String reply, long revision, Instant at) {
        requirePending();
        return new Suggestion(
                id,
                accountId,
                questionId,
                topic,
                kind,
                fields,
                sourceUrl,
                note,
                creditName,
                SuggestionStatus.ACCEPTED,
                editor,
                reply,
                revision,
                createdAt,
                at);
    }

    Suggestion reject(long editor, String reason, Instant at) {
        requirePending();
        return new Suggestion(
                id,
                accountId,
                questionId,
                topic,
                kind,
                fields,
                sourceUrl,
                note,
                creditName,
                SuggestionStatus.REJECTED,
                editor,
                reason,
                null,
                createdAt,
                at);
    }

    private void requirePending() {
        if (!pending()) {
            throw new AlreadyDecided(status);
        }
    }
}
