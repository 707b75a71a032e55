package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bank as of one sync, immutable, so readers never lock and never see half a sync. Built by
 * {@link CatalogStore}, swapped whole by {@link CatalogSnapshots}.
 */
final class CatalogSnapshot {

    private final String version;
    private final Instant syncedAt;
    private final List<Topic> topics;
    private final Map<String, Question> bySlug = new HashMap<>();
    private final Map<Long, Question> byId = new HashMap<>();
    private final Map<String, String> formerSlugs;
    /** Live questions in listing order: by topic (or kind), then level, kind, title. */
    private final List<Question> listOrder;
    /** Live questions by level, kind, title: the order within a topic or kind. */
    private final List<Question> levelOrder;

    private final List<Question> idOrder;
    private final Map<Long, Set<String>> tags;
    private final List<CareerRole> roles;
    private final List<LearningPathStep> learningPath;
    private final List<EditorialItem> tips;
    private final List<EditorialItem> faq;
    private final Map<Kind, QuestionCounts> countsOfKind = new EnumMap<>(Kind.class);

    CatalogSnapshot(
            String version,
            Instant syncedAt,
            List<CatalogStore.TopicRow> topicRows,
            List<Question> allInListOrder,
            List<Question> allInLevelOrder,
            Map<String, String> formerSlugs,
            Map<Long, Set<String>> tags,
            List<CareerRole> roles,
            List<LearningPathStep> learningPath,
            List<EditorialItem> tips,
            List<EditorialItem> faq) {
        this.version = version;
        this.syncedAt = syncedAt;
        allInListOrder.forEach(q -> {
            bySlug.put(q.slug(), q);
            byId.put(q.id(), q);
        });
        this.listOrder = live(allInListOrder);
        this.levelOrder = live(allInLevelOrder);
        this.idOrder = listOrder.stream()
                .sorted(Comparator.comparingLong(Question::id))
                .toList();
        this.formerSlugs = Map.copyOf(formerSlugs);
        this.tags = Map.copyOf(tags);
        this.roles = List.copyOf(roles);
        this.learningPath = List.copyOf(learningPath);
        this.tips = List.copyOf(tips);
        this.faq = List.copyOf(faq);
        Map<String, QuestionCounts> byTopic = countsByTopic(listOrder);
        this.topics = topicRows.stream()
                .map(t -> new Topic(
                        t.slug(), t.name(), t.description(), byTopic.getOrDefault(t.slug(), QuestionCounts.NONE)))
                .toList();
        for (Kind kind : Kind.values()) {
            countsOfKind.put(
                    kind,
                    counts(listOrder.stream().filter(q -> q.kind() == kind).toList()));
        }
    }

    String version() {
        return version;
    }

    Instant syncedAt() {
        return syncedAt;
    }

    List<Topic> topics() {
        return topics;
    }

    QuestionCounts countsOfKind(Kind kind) {
        return countsOfKind.get(kind);
    }

    /** Every question ever synced, live or retired, by its current slug. */
    Question bySlug(String slug) {
        return bySlug.get(slug);
    }

    /** Every question ever synced, live or retired. */
    java.util.Collection<Question> all() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    Question byId(long id) {
        return byId.get(id);
    }

    /** The current slug of the question that once had this one; null if none had. */
    String renamedTo(String formerSlug) {
        return formerSlugs.get(formerSlug);
    }

    List<Question> listOrder() {
        return listOrder;
    }

    List<Question> levelOrder() {
        return levelOrder;
    }

    List<Question> idOrder() {
        return idOrder;
    }

    boolean hasTag(Question q, String tag) {
        return tags.getOrDefault(q.id(), Set.of()).contains(tag);
    }

    List<CareerRole> roles() {
        return roles;
    }

    List<LearningPathStep> learningPath() {
        return learningPath;
    }

    List<EditorialItem> tips() {
        return tips;
    }

    List<EditorialItem> faq() {
        return faq;
    }

    int size() {
        return byId.size();
    }

    private static List<Question> live(List<Question> questions) {
        return questions.stream().filter(q -> !q.retired()).toList();
    }

    /** Technical and scenario questions per topic and level, as the topic cards count them. */
    private static Map<String, QuestionCounts> countsByTopic(List<Question> live) {
        Map<String, List<Question>> grouped = new LinkedHashMap<>();
        live.stream()
                .filter(q -> q.kind() == Kind.TECHNICAL || q.kind() == Kind.SCENARIO)
                .filter(q -> q.topic() != null)
                .forEach(q -> grouped.computeIfAbsent(q.topic(), k -> new ArrayList<>())
                        .add(q));
        Map<String, QuestionCounts> counts = new HashMap<>();
        grouped.forEach((topic, qs) -> counts.put(topic, counts(qs)));
        return counts;
    }

    private static QuestionCounts counts(List<Question> questions) {
        int[] c = new int[Level.values().length];
        questions.forEach(q -> c[q.level().ordinal()]++);
        return new QuestionCounts(c[0], c[1], c[2]);
    }
}
