package dev.prepstack.practice;

import java.util.Locale;
import java.util.Optional;

/** What a session draws: questions never practised, cards that are due, or due cards then new ones. */
public enum PracticeMode {
    NEW,
    DUE,
    MIXED;

    public static Optional<PracticeMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
