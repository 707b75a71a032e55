package dev.prepstack.feedback;

import java.util.List;

/** The evaluation of one answer. {@code star} is null for questions that are not behavioral. */
public record Feedback(
        int score,
        List<KeyPointResult> keyPoints,
        Star star,
        List<String> suggestions,
        String engine,
        boolean semantic) {

    /** One key point: covered or not, the answer's sentence that covers it best, and how well. */
    public record KeyPointResult(String text, boolean covered, String evidence, double similarity) {}

    public record Star(boolean situation, boolean task, boolean action, boolean result) {}
}
