package dev.prepstack.hiring;

import dev.prepstack.content.Level;
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
