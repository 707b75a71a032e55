package dev.prepstack.myquestions;

import dev.prepstack.shared.InvalidParameterException;
import java.util.Locale;

/** Which questions a practice queue draws: the person's own, the bank's, or both mixed by due time. */
public enum PracticeSource {
    MINE,
    BANK,
    BOTH;

    /** {@code mine}, {@code bank} or {@code both}; none means mine. */
    public static PracticeSource parse(String value) {
        if (value == null || value.isBlank()) {
            return MINE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("from", "must be mine, bank or both");
        }
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
