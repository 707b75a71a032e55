package dev.prepstack.feedback;

import dev.prepstack.content.Misconception;
import java.util.List;

/**
 * What an answer is measured against: a bank question, or a question, key points and reference
 * answer someone typed in. {@code behavioral} turns on the STAR check; {@code misconceptions} (bank
 * questions only) are wrong claims that resemble a key point without making it.
 */
public record Rubric(
        String question,
        List<String> keyPoints,
        String referenceAnswer,
        boolean behavioral,
        List<Misconception> misconceptions) {

    public Rubric {
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
    }

    public Rubric(String question, List<String> keyPoints, String referenceAnswer, boolean behavioral) {
        this(question, keyPoints, referenceAnswer, behavioral, List.of());
    }
}
