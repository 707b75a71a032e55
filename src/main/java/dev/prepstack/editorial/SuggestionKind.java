package dev.prepstack.editorial;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a reader says is wrong; factual and outdated claims need a source. */
public enum SuggestionKind {
    TYPO("typo", "Typo"),
    FACTUAL("factual", "Factual error"),
    OUTDATED("outdated", "Outdated"),
    UNCLEAR("unclear", "Unclear"),
    MISSING_POINT("missing-point", "Missing key point or follow-up"),
    NEW_QUESTION("new-question", "New question");

    private final String slug;
    private final String label;

    SuggestionKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public boolean needsSource() {
        return this == FACTUAL || this == OUTDATED;
    }

    public static Optional<SuggestionKind> fromSlug(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.slug.equals(v)).findFirst();
    }
}
