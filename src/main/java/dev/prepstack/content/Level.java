package dev.prepstack.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Seniority a question is aimed at, in the order a learner meets them. */
public enum Level {
    FRESHER("fresher", "Fresher"),
    INTERMEDIATE("intermediate", "Intermediate"),
    EXPERIENCED("experienced", "Experienced");

    private final String slug;
    private final String label;

    Level(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<Level> fromSlug(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.slug.equals(normalised)).findFirst();
    }
}
