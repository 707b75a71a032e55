package dev.prepstack.myquestions;

import java.util.ArrayList;
import java.util.List;

/**
 * Key points for an imported question that has none (an Anki card, a CSV row with the column empty):
 * the answer's lines, or its sentences when it is one paragraph, at most eight. Feedback needs key
 * points to check an answer against; the person can edit them afterwards.
 */
final class DerivedKeyPoints {

    private DerivedKeyPoints() {}

    static List<String> from(String answer) {
        if (answer == null || answer.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : answer.split("\\R")) {
            String l = line.strip().replaceFirst("^([-*+]|\\d+[.)])\\s+", "").strip();
            if (!l.isEmpty() && !l.startsWith("```") && !l.startsWith("#")) {
                lines.add(l);
            }
        }
        if (lines.size() == 1) {
            lines = new ArrayList<>();
            for (String sentence : answer.strip().split("(?<=[.!?])\\s+")) {
                if (!sentence.isBlank()) {
                    lines.add(sentence.strip());
                }
            }
        }
        return lines.stream()
                .limit(OwnQuestionDraft.MAX_KEY_POINTS)
                .map(DerivedKeyPoints::shortened)
                .toList();
    }

    private static String shortened(String text) {
        if (text.length() <= OwnQuestionDraft.MAX_POINT) {
            return text;
        }
        String cut = text.substring(0, OwnQuestionDraft.MAX_POINT - 1);
        int space = cut.lastIndexOf(' ');
        return (space > 200 ? cut.substring(0, space) : cut) + "…";
    }
}
