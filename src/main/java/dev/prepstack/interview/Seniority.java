package dev.prepstack.interview;

import dev.prepstack.content.Level;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The level a mock interview is pitched at: which bank level it draws on mainly, which one for a
 * stretch question, and how many questions of each kind it asks.
 */
public enum Seniority {
    JUNIOR("junior", "Junior", Level.FRESHER, Level.INTERMEDIATE, new Mix(4, 1, 0, 1)),
    MID("mid", "Mid-level", Level.INTERMEDIATE, Level.EXPERIENCED, new Mix(4, 1, 1, 1)),
    SENIOR("senior", "Senior", Level.EXPERIENCED, Level.INTERMEDIATE, new Mix(4, 1, 1, 2));

    /** How many questions of each kind an interview asks. */
    public record Mix(int technical, int scenario, int systemDesign, int behavioral) {}

    private final String slug;
    private final String label;
    private final Level mainLevel;
    private final Level stretchLevel;
    private final Mix mix;

    Seniority(String slug, String label, Level mainLevel, Level stretchLevel, Mix mix) {
        this.slug = slug;
        this.label = label;
        this.mainLevel = mainLevel;
        this.stretchLevel = stretchLevel;
        this.mix = mix;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public Level mainLevel() {
        return mainLevel;
    }

    /** The other level one technical question comes from: a step up for juniors and mids, one down for seniors. */
    public Level stretchLevel() {
        return stretchLevel;
    }

    public Mix mix() {
        return mix;
    }

    public static Optional<Seniority> fromSlug(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.slug.equals(normalised)).findFirst();
    }
}
