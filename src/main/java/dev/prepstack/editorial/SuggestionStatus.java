package dev.prepstack.editorial;

import java.util.Locale;

public enum SuggestionStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
