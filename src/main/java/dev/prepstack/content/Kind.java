package dev.prepstack.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of question it is; decides which front-matter fields and body sections apply. */
public enum Kind {
    TECHNICAL("technical", "Technical"),
    SCENARIO("scenario", "Scenario"),
    BEHAVIORAL("behavioral", "Behavioral"),
    SYSTEM_DESIGN("system-design", "System design");

    private final String slug;
    private final String label;

    Kind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** Technical and scenario questions belong to exactly one topic and count towards it. */
    public boolean belongsToTopic() {
        return this == TECHNICAL || this == SCENARIO;
    }

    public static Optional<Kind> fromSlug(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.slug.equals(normalised)).findFirst();
    }
}
