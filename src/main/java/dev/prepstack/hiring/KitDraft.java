package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.InvalidParametersException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A kit as written (for a new kit or a new version), checked: a title, a role and level, 1-8 focus
 * attributes, 1-30 questions in order (no question twice) and the minutes each may take; per
 * attribute its anchored scale (four texts: what an answer rated 1, 2, 3 and 4 shows; when left out,
 * {@link Kits} proposes one from the questions' key points, so every version has them) and its
 * weight in the computed score (equal when not given).
 */
public record KitDraft(
        String title,
        String role,
        Level level,
        int minutesPerQuestion,
        List<String> attributes,
        List<ItemRef> items,
        Map<String, List<String>> anchors,
        Map<String, Double> weights) {

    static final int MAX_ITEMS = 30;
    static final int MAX_ATTRIBUTES = 8;
    static final int MAX_ANCHOR = 500;
    static final double MAX_WEIGHT = 100;
    public static final List<String> SUGGESTED_ATTRIBUTES =
            List.of("API design", "Data modelling", "Communication", "Ownership");

    /** Checks every field and refuses with all of their problems at once ({@link InvalidParametersException}). */
    public KitDraft {
        InputProblems problems = new InputProblems();
        String t = title;
        String r = role;
        Level l = level;
        int minutes = minutesPerQuestion;
        List<String> a = attributes;
        List<ItemRef> i = items;
        title = problems.check(() -> text("title", t, 120));
        role = problems.check(() -> text("role", r, 80));
        problems.run(() -> {
            if (l == null) {
                throw new InvalidParameterException("level", "must be one of fresher, intermediate, experienced");
            }
        });
        problems.run(() -> {
            if (minutes < 1 || minutes > 120) {
                throw new InvalidParameterException("minutesPerQuestion", "must be between 1 and 120");
            }
        });
        attributes = problems.check(() -> attributes(a));
        items = problems.check(() -> items(i));
        if (attributes != null) {
            List<String> kept = attributes;
            Map<String, List<String>> an = anchors;
            Map<String, Double> w = weights;
            anchors = problems.check(() -> anchors(kept, an));
            weights = problems.check(() -> weights(kept, w));
        }
        problems.throwIfAny();
    }

    private static List<ItemRef> items(List<ItemRef> items) {
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
        return List.copyOf(items);
    }

    /** A kit whose anchors are proposed from its questions, with equal weights. */
    public KitDraft(
            String title,
            String role,
            Level level,
            int minutesPerQuestion,
            List<String> attributes,
            List<ItemRef> items) {
        this(title, role, level, minutesPerQuestion, attributes, items, null, null);
    }

    /**
     * Anchors keyed by the kit's own spelling of each attribute, in the kit's order. An attribute has
     * all four anchors or none (then proposed): a scale with a gap would leave one rating undefined.
     */
    private static Map<String, List<String>> anchors(List<String> attributes, Map<String, List<String>> values) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (values == null) {
            return Map.of();
        }
        Map<String, List<String>> byKey = byAttribute(attributes, values, "anchors");
        for (String attribute : attributes) {
            List<String> texts = byKey.get(attribute);
            if (texts == null || texts.stream().allMatch(t -> t == null || t.isBlank())) {
                continue;
            }
            if (texts.size() != 4 || texts.stream().anyMatch(t -> t == null || t.isBlank())) {
                throw new InvalidParameterException(
                        "anchors",
                        "give '" + attribute + "' an anchor for each rating 1 to 4, or leave all four empty"
                                + " to have them proposed from the questions' key points");
            }
            List<String> stripped = new ArrayList<>();
            for (String t : texts) {
                String v = t.strip();
                if (v.length() > MAX_ANCHOR
                        || v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
                    throw new InvalidParameterException(
                            "anchors", "each anchor must be at most " + MAX_ANCHOR + " characters");
                }
                stripped.add(v);
            }
            kept.put(attribute, List.copyOf(stripped));
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    /** A weight for every attribute (1 when not given); none negative, not all 0. */
    private static Map<String, Double> weights(List<String> attributes, Map<String, Double> values) {
        Map<String, Double> byKey = values == null ? Map.of() : byAttribute(attributes, values, "weights");
        Map<String, Double> kept = new LinkedHashMap<>();
        double sum = 0;
        for (String attribute : attributes) {
            Double w = byKey.get(attribute);
            double weight = w == null ? 1.0 : w;
            if (!Double.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
                throw new InvalidParameterException(
                        "weights",
                        "each weight must be a number from 0 to " + (int) MAX_WEIGHT + " ('" + attribute + "')");
            }
            sum += weight;
            kept.put(attribute, weight);
        }
        if (sum <= 0) {
            throw new InvalidParameterException(
                    "weights", "must not all be 0: the computed score needs one weight above 0");
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    /** The values keyed by the kit's spelling of the attribute; a key naming no attribute is refused. */
    private static <V> Map<String, V> byAttribute(List<String> attributes, Map<String, V> values, String field) {
        if (values.size() > MAX_ATTRIBUTES) {
            throw new InvalidParameterException(field, "name only the kit's focus attributes");
        }
        Map<String, V> out = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            String k = key == null ? "" : key.strip();
            String attribute = attributes.stream()
                    .filter(a -> a.equalsIgnoreCase(k))
                    .findFirst()
                    .orElseThrow(() -> new InvalidParameterException(
                            field, "name only the kit's focus attributes ('" + shortened(k) + "' is not one)"));
            out.put(attribute, value);
        });
        return out;
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
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
