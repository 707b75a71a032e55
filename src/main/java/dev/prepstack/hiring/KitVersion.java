package dev.prepstack.hiring;

import dev.prepstack.content.Level;
import java.util.List;

/** One version of a kit as it is written: its header and copies of its questions' text. */
record KitVersion(
        int number,
        String title,
        String role,
        Level level,
        int minutesPerQuestion,
        List<String> attributes,
        List<KitItem> items) {

    static KitVersion of(int number, KitDraft draft, List<KitItem> items) {
        return new KitVersion(
                number,
                draft.title(),
                draft.role(),
                draft.level(),
                draft.minutesPerQuestion(),
                draft.attributes(),
                items);
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
                source.items());
    }
}
