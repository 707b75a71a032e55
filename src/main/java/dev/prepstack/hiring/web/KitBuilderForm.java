package dev.prepstack.hiring.web;

import dev.prepstack.hiring.CustomQuestionDraft;
import dev.prepstack.hiring.ItemRef;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitDraft;
import dev.prepstack.search.SearchQuery;
import dev.prepstack.shared.InputProblems;
import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The kit builder's state, which travels with every submit so that searching, adding and ordering
 * questions work without JavaScript: the kit's fields, the listed question keys ("bank:slug" or
 * "custom:id") and the picker's search.
 */
record KitBuilderForm(
        Map<String, String> fields, List<String> keys, String q, String topic, String pickerLevel, String kind) {

    /** Longer than any field may be, so the rules still see (and refuse) an overlong value. */
    private static final int FIELD = 20_001;

    static KitBuilderForm blank() {
        Map<String, String> fields = Map.of(
                "title", "",
                "role", "Backend engineer",
                "level", "intermediate",
                "minutesPerQuestion", "10",
                "attributes", String.join("\n", KitDraft.SUGGESTED_ATTRIBUTES),
                "anchors", "",
                "weights", "");
        return new KitBuilderForm(fields, List.of(), "", "", "", "");
    }

    static KitBuilderForm of(Kit kit) {
        Map<String, String> fields = Map.of(
                "title", kit.title(),
                "role", kit.role(),
                "level", kit.level().slug(),
                "minutesPerQuestion", String.valueOf(kit.minutesPerQuestion()),
                "attributes", String.join("\n", kit.attributes()),
                "anchors", anchorsText(kit.anchors()),
                "weights", weightsText(kit));
        List<String> keys =
                kit.items().stream().map(i -> i.key()).filter(k -> k != null).toList();
        return new KitBuilderForm(fields, keys, "", "", kit.level().slug(), "");
    }

    static KitBuilderForm of(MultiValueMap<String, String> form) {
        Map<String, String> fields = Map.of(
                "title", first(form, "title", FIELD),
                "role", first(form, "role", FIELD),
                "level", first(form, "level", FIELD),
                "minutesPerQuestion", first(form, "minutesPerQuestion", FIELD),
                "attributes", first(form, "attributes", FIELD),
                "anchors", first(form, "anchors", FIELD),
                "weights", first(form, "weights", FIELD));
        return new KitBuilderForm(
                fields,
                selectedKeys(form),
                first(form, "q", SearchQuery.MAX_TEXT_LENGTH),
                first(form, "topic", FIELD),
                first(form, "pickerLevel", FIELD),
                first(form, "kind", FIELD));
    }

    /**
     * The kit as written; the rules of {@link KitDraft} refuse what is wrong, together with what could
     * not be read here, all at once.
     */
    KitDraft draft() {
        InputProblems problems = new InputProblems();
        var level = problems.check(() -> KitDraft.level(fields.get("level")));
        Integer minutes = problems.check(() -> minutes(fields.get("minutesPerQuestion")));
        List<ItemRef> items =
                problems.check(() -> keys.stream().map(ItemRef::parse).toList());
        var anchors = problems.check(() -> anchors(fields.get("anchors")));
        var weights = problems.check(() -> weights(fields.get("weights")));
        KitDraft draft = problems.check(() -> new KitDraft(
                fields.get("title"),
                fields.get("role"),
                level,
                minutes == null ? 0 : minutes,
                CustomQuestionDraft.splitLines(fields.get("attributes")),
                items == null ? List.of() : items,
                anchors,
                weights));
        problems.throwIfAny();
        return draft;
    }

    /** The builder with proposed anchors added for each attribute the owner has not anchored yet. */
    KitBuilderForm withProposedAnchors(Map<String, List<String>> proposed) {
        Map<String, List<String>> written = new LinkedHashMap<>(anchors(fields.get("anchors")));
        Set<String> have = new HashSet<>();
        written.keySet().forEach(k -> have.add(k.toLowerCase(Locale.ROOT)));
        proposed.forEach((attribute, texts) -> {
            if (!have.contains(attribute.toLowerCase(Locale.ROOT))) {
                written.put(attribute, texts);
            }
        });
        Map<String, String> changed = new HashMap<>(fields);
        changed.put("anchors", anchorsText(written));
        return new KitBuilderForm(Map.copyOf(changed), keys, q, topic, pickerLevel, kind);
    }

    /**
     * Anchors as the builder writes them: a block per attribute, its name on one line and then one line
     * per rating, "1: ..." to "4: ...".
     */
    static String anchorsText(Map<String, List<String>> anchors) {
        StringBuilder text = new StringBuilder();
        anchors.forEach((attribute, texts) -> {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append(attribute).append("\n");
            for (int i = 0; i < texts.size(); i++) {
                text.append(i + 1)
                        .append(": ")
                        .append(texts.get(i) == null ? "" : texts.get(i).replaceAll("\\s*\\R\\s*", " "))
                        .append("\n");
            }
        });
        return text.toString();
    }

    private static final Pattern ANCHOR_LINE = Pattern.compile("^\\s*([1-4])\\s*[:.)]\\s*(.*)$");

    static Map<String, List<String>> anchors(String text) {
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        String current = null;
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ANCHOR_LINE.matcher(line);
            if (m.matches()) {
                if (current == null) {
                    throw new InvalidParameterException(
                            "anchors", "start each block with the attribute's name, then lines 1: to 4:");
                }
                anchors.get(current).set(Integer.parseInt(m.group(1)) - 1, m.group(2));
            } else {
                current = line.strip();
                if (anchors.containsKey(current) || anchors.size() >= 8) {
                    throw new InvalidParameterException("anchors", "give each focus attribute one block");
                }
                anchors.put(current, Arrays.asList(new String[4]));
            }
        }
        return anchors;
    }

    static String weightsText(Kit kit) {
        StringBuilder text = new StringBuilder();
        for (String attribute : kit.attributes()) {
            double w = kit.weight(attribute);
            text.append(attribute)
                    .append(": ")
                    .append(w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w))
                    .append("\n");
        }
        return text.toString();
    }

    /** "Attribute: weight" per line; attributes left out weigh 1. */
    static Map<String, Double> weights(String text) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            try {
                if (colon < 0 || weights.size() >= 8) {
                    throw new NumberFormatException();
                }
                weights.put(
                        line.substring(0, colon).strip(),
                        Double.parseDouble(line.substring(colon + 1).strip()));
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(
                        "weights", "write one 'attribute: number' per line, such as 'API design: 2'");
            }
        }
        return weights;
    }

    /**
     * The builder's list after this submit: the listed keys in the order their numbers give, minus
     * those marked for removal, plus those ticked in the search results.
     */
    static List<String> selectedKeys(MultiValueMap<String, String> form) {
        List<String> listed = form.getOrDefault("items", List.of());
        Set<String> removed = Set.copyOf(form.getOrDefault("remove", List.of()));
        List<String[]> ordered = new ArrayList<>();
        for (int i = 0; i < listed.size() && i < 100; i++) {
            String key = listed.get(i);
            if (removed.contains(key)) {
                continue;
            }
            int order = i + 1;
            try {
                order = Integer.parseInt(
                        String.valueOf(form.getFirst("order." + key)).strip());
            } catch (NumberFormatException e) {
                // Left empty or not a number: the item keeps its place.
            }
            ordered.add(new String[] {key, String.valueOf(order), String.valueOf(i)});
        }
        ordered.sort(Comparator.<String[]>comparingInt(a -> Integer.parseInt(a[1]))
                .thenComparingInt(a -> Integer.parseInt(a[2])));
        Set<String> keys = new LinkedHashSet<>();
        ordered.forEach(a -> keys.add(a[0]));
        form.getOrDefault("add", List.of()).stream().limit(100).forEach(keys::add);
        return List.copyOf(keys);
    }

    private static int minutes(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("minutesPerQuestion", "must be between 1 and 120");
        }
    }

    private static String first(MultiValueMap<String, String> form, String name, int max) {
        String v = form.getFirst(name);
        if (v == null) {
            return "";
        }
        return v.length() > max ? v.substring(0, max) : v;
    }
}
