package dev.prepstack.hiring;

import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration drill as its owner writes it: one question of a kit version (the latest when {@code
 * version} is null) and 3 to 8 recorded answers to it, as text (pasted transcripts are fine). Fewer than
 * three answers give too little spread to compare raters on; more than eight make a drill nobody finishes.
 */
public record DrillDraft(long kitId, Integer version, int position, String title, List<String> answers) {

    static final int MIN_ANSWERS = 3;
    static final int MAX_ANSWERS = 8;

    /** Checks the title and the answers together and refuses with every problem at once. */
    public DrillDraft {
        InputProblems problems = new InputProblems();
        String t = title == null || title.isBlank() ? null : title.strip();
        problems.run(() -> {
            if (t != null && (t.length() > 120 || t.chars().anyMatch(Character::isISOControl))) {
                throw new InvalidParameterException("title", "must be 1 to 120 characters");
            }
        });
        List<String> given = answers;
        answers = problems.check(() -> kept(given));
        problems.throwIfAny();
        title = t;
    }

    private static List<String> kept(List<String> answers) {
        List<String> kept = new ArrayList<>();
        for (String a : answers == null ? List.<String>of() : answers) {
            if (a == null || a.isBlank()) {
                continue;
            }
            if (a.length() > ScorecardDraft.MAX_TEXT) {
                throw new InvalidParameterException("answers", "each answer must be at most 20,000 characters");
            }
            kept.add(a.strip());
        }
        if (kept.size() < MIN_ANSWERS || kept.size() > MAX_ANSWERS) {
            throw new InvalidParameterException(
                    "answers",
                    "a drill needs " + MIN_ANSWERS + " to " + MAX_ANSWERS + " recorded answers (" + kept.size()
                            + " given)");
        }
        return List.copyOf(kept);
    }
}
