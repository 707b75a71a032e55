package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;
import java.util.Locale;

/** The 4-point scale for focus attributes and the overall recommendation: no neutral middle. */
public enum Verdict {
    STRONG_NO(1, "Strong no"),
    NO(2, "No"),
    YES(3, "Yes"),
    STRONG_YES(4, "Strong yes");

    private final int points;
    private final String label;

    Verdict(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return label;
    }

    public static Verdict parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "must be one of STRONG_NO, NO, YES, STRONG_YES");
        }
    }
}
