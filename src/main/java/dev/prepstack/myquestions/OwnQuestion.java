package dev.prepstack.myquestions;

import java.time.Instant;
import java.util.List;

/** One of a person's own questions, as they wrote or imported it. */
public record OwnQuestion(
        long id,
        String title,
        String answer,
        List<String> keyPoints,
        List<String> followUps,
        List<String> tags,
        String level,
        String source,
        Instant createdAt,
        Instant updatedAt) {

    public OwnQuestionDraft draft() {
        return new OwnQuestionDraft(title, answer, keyPoints, followUps, tags, level);
    }
}
