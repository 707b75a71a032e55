package dev.prepstack.hiring;

import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import java.util.List;

/** A custom question as written, checked: 1-12 key points, at most 10 follow-ups, bounded text. */
public record CustomQuestionDraft(
        String title, List<String> keyPoints, List<String> followUps, String referenceAnswer) {

    static final int MAX_TITLE = 500;
    static final int MAX_KEY_POINTS = 12;
    static final int MAX_FOLLOW_UPS = 10;
    static final int MAX_POINT = 2_000;
    static final int MAX_TEXT = dev.prepstack.shared.UserText.MAX_LENGTH;

    /** Checks every field and refuses with all of their problems at once (the API names the first). */
    public CustomQuestionDraft {
        InputProblems problems = new InputProblems();
        String t = title == null ? "" : title.strip();
        List<String> k = keyPoints;
        List<String> f = followUps;
        String r = referenceAnswer == null || referenceAnswer.isBlank() ? null : referenceAnswer.strip();
        problems.run(() -> {
            if (t.isEmpty() || t.length() > MAX_TITLE) {
                throw new InvalidParameterException("title", "must be 1 to " + MAX_TITLE + " characters");
            }
        });
        keyPoints = problems.check(() -> {
            List<String> kept = lines("keyPoints", k, MAX_KEY_POINTS);
            if (kept.isEmpty()) {
                throw new InvalidParameterException("keyPoints", "must list 1 to " + MAX_KEY_POINTS + " key points");
            }
            return kept;
        });
        followUps = problems.check(() -> lines("followUps", f, MAX_FOLLOW_UPS));
        problems.run(() -> {
            if (r != null && r.length() > MAX_TEXT) {
                throw new InvalidParameterException("referenceAnswer", "must be at most 20,000 characters");
            }
        });
        problems.throwIfAny();
        title = t;
        referenceAnswer = r;
    }

    private static List<String> lines(String field, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new InvalidParameterException(field, "must list at most " + max + " entries");
        }
        List<String> kept = values.stream()
                .map(v -> v == null ? "" : v.strip())
                .filter(v -> !v.isEmpty())
                .toList();
        for (String v : kept) {
            if (v.length() > MAX_POINT) {
                throw new InvalidParameterException(field, "each must be at most " + MAX_POINT + " characters");
            }
        }
        return kept;
    }

    /** One entry per non-blank line, as typed into a page's text area. */
    public static List<String> splitLines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }
}
