package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A kit as written (for a new kit or a new version), checked: a title, a role and level, 1-8 focus
 * attributes, 1-30 questions in order (no question twice) and the minutes each may take.
 */
public record KitDraft(
        String title, String role, Level level, int minutesPerQuestion, List<String> attributes, List<ItemRef> items) {

    static final int MAX_ITEMS = 30;
    static final int MAX_ATTRIBUTES = 8;
    public static final List<String> SUGGESTED_ATTRIBUTES =
            List.of("API design", "Data modelling", "Communication", "Ownership");

    public KitDraft {
        title = text("title", title, 120);
        role = text("role", role, 80);
        if (level == null) {
            throw new InvalidParameterException("level", "must be one of fresher, intermediate, experienced");
        }
        if (minutesPerQuestion < 1 || minutesPerQuestion > 120) {
            throw new InvalidParameterException("minutesPerQuestion", "must be between 1 and 120");
        }
        attributes = attributes(attributes);
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidParameterException("items", "must list 1 to " + MAX_ITEMS + " questions");
        }
        Set<String> seen = new HashSet<>();
        for (ItemRef item : items) {
            if (item == null) {
                throw new InvalidParameterException("items", "must not contain empty entries");
            }
            if (!seen.add(item.key())) {
                throw new InvalidParameterException("items", "lists the same question twice");
            }
        }
        items = List.copyOf(items);
    }

    /** Parses a level slug as the API and pages send it. */
    public static Level level(String slug) {
        return Level.fromSlug(slug == null ? "" : slug.strip())
                .orElseThrow(() ->
                        new InvalidParameterException("level", "must be one of fresher, intermediate, experienced"));
    }

    private static List<String> attributes(List<String> values) {
        if (values == null) {
            throw new InvalidParameterException("attributes", "must list 1 to " + MAX_ATTRIBUTES + " attributes");
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            String a = v == null ? "" : v.strip();
            if (a.isEmpty()) {
                continue;
            }
            if (a.length() > 60 || a.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidParameterException("attributes", "each must be at most 60 characters");
            }
            if (seen.add(a.toLowerCase(Locale.ROOT))) {
                kept.add(a);
            }
        }
        if (kept.isEmpty() || kept.size() > MAX_ATTRIBUTES) {
            throw new InvalidParameterException("attributes", "must list 1 to " + MAX_ATTRIBUTES + " attributes");
        }
        return List.copyOf(kept);
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(field, "must be 1 to " + max + " characters");
        }
        return v;
    }
}
