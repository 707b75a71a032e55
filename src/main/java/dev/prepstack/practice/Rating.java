package dev.prepstack.practice;

import java.util.Locale;
import java.util.Optional;

/** The self-rating after a review: FSRS's grades 1 to 4. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public static Optional<Rating> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (Rating r : values()) {
            if (r.name().equals(v) || String.valueOf(r.grade).equals(v)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
