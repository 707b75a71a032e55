package dev.prepstack.search;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facet counts over all matches: each dimension ignores its own filter so the other values stay visible. */
final class Facets {

    private Facets() {}

    static Map<String, Map<String, Long>> empty() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("topic", Map.of());
        facets.put("level", Map.of());
        facets.put("kind", Map.of());
        return facets;
    }

    static boolean matches(IndexedQuestion q, String topic, Level level, Kind kind) {
        return (topic == null || topic.equals(q.topic()))
                && (level == null || level == q.level())
                && (kind == null || kind == q.kind());
    }

    static Map<String, Map<String, Long>> count(List<IndexedQuestion> all, SearchQuery query) {
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> levels = new HashMap<>();
        Map<String, Long> kinds = new HashMap<>();
        for (IndexedQuestion q : all) {
            if (q.topic() != null && matches(q, null, query.level(), query.kind())) {
                topics.merge(q.topic(), 1L, Long::sum);
            }
            if (matches(q, query.topic(), null, query.kind())) {
                levels.merge(q.level().slug(), 1L, Long::sum);
            }
            if (matches(q, query.topic(), query.level(), null)) {
                kinds.merge(q.kind().slug(), 1L, Long::sum);
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("topic", QuestionSearch.orderedCounts(topics));
        Map<String, Long> levelsInOrder = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            if (levels.containsKey(l.slug())) {
                levelsInOrder.put(l.slug(), levels.get(l.slug()));
            }
        }
        facets.put("level", levelsInOrder);
        facets.put("kind", QuestionSearch.orderedCounts(kinds));
        return facets;
    }
}
