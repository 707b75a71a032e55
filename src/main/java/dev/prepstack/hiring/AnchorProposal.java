package dev.prepstack.hiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first draft of a kit's anchored scale, for its owner to edit: the four levels say how much of the
 * kit's key points an answer covers and whether it shows the bank's common mistakes. The levels are
 * behavioural on purpose (Maurer 2002): each names something an interviewer can hear in an answer.
 */
final class AnchorProposal {

    /** Examples quoted per anchor, each cut short, so an anchor stays within {@link KitDraft#MAX_ANCHOR}. */
    private static final int QUOTE = 70;

    private AnchorProposal() {}

    static Map<String, List<String>> of(List<String> attributes, List<String> keyPoints, List<String> mistakes) {
        String some = quoted(keyPoints, 0, 1);
        String most = quoted(keyPoints, 0, 2);
        String beyond = quoted(keyPoints, Math.max(0, keyPoints.size() - 1), 1);
        String mistake = mistakes.isEmpty() ? null : quoted(mistakes, 0, 1);
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        for (String attribute : attributes) {
            anchors.put(
                    attribute,
                    List.of(
                            attribute + ": covers few or none of the key points"
                                    + (mistake == null
                                            ? "; the answer is vague or wrong."
                                            : " and states a common mistake (such as " + mistake + ")."),
                            attribute + ": covers some key points" + (some.isEmpty() ? "" : " (such as " + some + ")")
                                    + " but misses others or needs prompting to reach them.",
                            attribute + ": covers most key points" + (most.isEmpty() ? "" : " (such as " + most + ")")
                                    + " without the common mistakes; follow-ups answered when asked.",
                            attribute + ": covers the key points" + (beyond.isEmpty() ? "" : " including " + beyond)
                                    + " unprompted, explains the trade-offs and takes the follow-ups further."));
        }
        return anchors;
    }

    private static String quoted(List<String> texts, int from, int count) {
        return texts.stream()
                .skip(from)
                .limit(count)
                .map(t -> "“" + (t.length() > QUOTE ? t.substring(0, QUOTE).strip() + "…" : t.strip()) + "”")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
