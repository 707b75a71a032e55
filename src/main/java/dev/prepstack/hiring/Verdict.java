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

    /**
     * Whether this recommendation disagrees with a computed score: they lie a full point or more apart
     * on the same 1-4 scale ("Strong yes" = 4 beside a computed 2.1, or "No" = 2 beside 3.0). Less than a
     * point is the rounding any overall judgement does; a point is a different answer.
     */
    public boolean disagreesWith(Double computed) {
        return computed != null && Math.abs(points - computed) >= DISAGREEMENT - 1e-9;
    }

    /** How far apart (in points) a recommendation and the computed score are flagged. */
    public static final double DISAGREEMENT = 1.0;

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
