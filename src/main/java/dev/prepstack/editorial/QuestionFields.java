package dev.prepstack.editorial;

import dev.prepstack.catalog.Question;
import java.util.List;

/**
 * The fields of a question that readers and editors change: what a suggestion proposes and what a
 * revision publishes. Everything else in the question's file carries over unchanged.
 */
public record QuestionFields(String title, String summary, List<String> keyPoints, String answerMarkdown) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_KEY_POINTS = 12;
    public static final int MAX_KEY_POINT = 300;
    public static final int MAX_ANSWER = 20_000;

    public QuestionFields {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip().replaceAll("\\s+", " ");
        keyPoints = keyPoints == null
                ? List.of()
                : keyPoints.stream()
                        .map(k -> k == null ? "" : k.strip().replaceAll("\\s+", " "))
                        .filter(k -> !k.isEmpty())
                        .toList();
        answerMarkdown = answerMarkdown == null
                ? ""
                : answerMarkdown.replace("\r\n", "\n").strip();
    }

    public static QuestionFields of(Question q) {
        return new QuestionFields(q.title(), q.summary(), q.keyPoints(), q.answerMarkdown());
    }

    /** Key points from a text area: one per line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    public String keyPointsText() {
        return String.join("\n", keyPoints);
    }
}
