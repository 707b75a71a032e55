package dev.prepstack.hiring.web;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.content.Misconception;
import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The common mistakes to listen for, per position of a kit's bank questions. Read from the bank as
 * it is today: a kit version pins its key points, and this is guidance beside them, not a criterion.
 */
@Component
class CommonMistakes {

    private final Catalog catalog;

    CommonMistakes(Catalog catalog) {
        this.catalog = catalog;
    }

    Map<Integer, List<Misconception>> forKit(Kit kit) {
        List<String> slugs = kit.items().stream()
                .filter(KitItem::fromBank)
                .map(KitItem::questionSlug)
                .toList();
        Map<String, List<Misconception>> bySlug = catalog.misconceptions(slugs);
        Map<Integer, List<Misconception>> out = new HashMap<>();
        for (KitItem item : kit.items()) {
            if (item.fromBank() && bySlug.containsKey(item.questionSlug())) {
                out.put(item.position(), bySlug.get(item.questionSlug()));
            }
        }
        return out;
    }
}
