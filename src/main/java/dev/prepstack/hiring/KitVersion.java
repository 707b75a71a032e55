package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of a kit as it is written: its header, copies of its questions' text, its anchors and weights. */
record KitVersion(
        int number,
        String title,
        String role,
        Level level,
        int minutesPerQuestion,
        List<String> attributes,
        List<KitItem> items,
        Map<String, List<String>> anchors,
        Map<String, Double> weights) {

    static KitVersion of(int number, KitDraft draft, List<KitItem> items) {
        return new KitVersion(
                number,
                draft.title(),
                draft.role(),
                draft.level(),
                draft.minutesPerQuestion(),
                draft.attributes(),
                items,
                draft.anchors(),
                draft.weights());
    }

    /** Whether every attribute has its anchored scale (a version written before anchors may lack some). */
    boolean fullyAnchored() {
        return anchors.keySet().containsAll(attributes);
    }

    /**
     * The version with {@code proposed} anchors for each attribute its author left without, in the
     * kit's order of attributes; the author's own anchors stay as written.
     */
    KitVersion anchoredWith(Map<String, List<String>> proposed) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String attribute : attributes) {
            List<String> scale = anchors.containsKey(attribute) ? anchors.get(attribute) : proposed.get(attribute);
            if (scale != null) {
                all.put(attribute, scale);
            }
        }
        return new KitVersion(
                number,
                title,
                role,
                level,
                minutesPerQuestion,
                attributes,
                items,
                Collections.unmodifiableMap(all),
                weights);
    }

    /** The first version of a copy: the source version's content exactly, under a new title. */
    static KitVersion copyOf(Kit source, String title) {
        return new KitVersion(
                1,
                title,
                source.role(),
                source.level(),
                source.minutesPerQuestion(),
                source.attributes(),
                source.items(),
                source.anchors(),
                source.weights());
    }
}
