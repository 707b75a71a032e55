package dev.prepstack.catalog;

import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.content.Misconception;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Read access to the question bank and its editorial content, as last synced. Every answer comes
 * from the in-memory snapshot of the bank: no call reaches the database, and two calls in a row
 * see one version of the bank unless a sync landed between them.
 */
@Service
public class Catalog {

    private final CatalogSnapshots snapshots;

    Catalog(CatalogSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The version of the bank being served: equal on every node that serves the same content, and
     * different after any sync that changed what a page or the API shows. Fit for an ETag.
     */
    public String contentVersion() {
        return snapshots.current().version();
    }

    public List<Topic> topics() {
        return snapshots.current().topics();
    }

    public Optional<Topic> topic(String slug) {
        return topics().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Live questions of a kind per level; used for the behavioral and system design sections. */
    public QuestionCounts countsOfKind(Kind kind) {
        return snapshots.current().countsOfKind(kind);
    }

    /** When the sync that the served bank comes from ran, on any node (null before the first sync). */
    public Instant lastSynced() {
        return snapshots.current().syncedAt();
    }

    public long liveQuestionCount() {
        return snapshots.current().listOrder().size();
    }

    public ResultPage<QuestionSummary> questions(QuestionQuery query) {
        CatalogSnapshot snapshot = snapshots.current();
        Predicate<Question> matches =
                q -> (query.topic() == null || query.topic().equals(q.topic()))
                        && (query.level() == null || query.level() == q.level())
                        && (query.kind() == null || query.kind() == q.kind())
                        && (query.tag() == null || snapshot.hasTag(q, query.tag()));
        List<Question> all = snapshot.listOrder().stream().filter(matches).toList();
        long offset = (long) query.page() * query.size();
        List<QuestionSummary> items = offset >= all.size()
                ? List.of()
                : all.subList((int) offset, (int) Math.min(all.size(), offset + query.size())).stream()
                        .map(Question::toSummary)
                        .toList();
        return ResultPage.of(items, query.page(), query.size(), all.size());
    }

    /** Live questions of one topic in reading order, grouped by level. */
    public Map<Level, List<Question>> questionsOfTopic(String topic) {
        return groupByLevel(inTopic(snapshots.current(), topic));
    }

    /** Live questions of a kind that has no topic (behavioral, system design), grouped by level. */
    public Map<Level, List<Question>> questionsOfKind(Kind kind) {
        return groupByLevel(ofKind(snapshots.current(), kind));
    }

    /** Every live question's identity, topic, level and kind, in reading order. */
    public List<QuestionRef> questionRefs() {
        return snapshots.current().listOrder().stream()
                .map(q -> new QuestionRef(q.id(), q.slug(), q.title(), q.topic(), q.level(), q.kind()))
                .toList();
    }

    /** Every live question with its full text, for indexes built from the bank. */
    public List<Question> liveQuestions() {
        return snapshots.current().idOrder();
    }

    public QuestionLookup lookup(String slug) {
        CatalogSnapshot snapshot = snapshots.current();
        Question q = snapshot.bySlug(slug);
        if (q != null) {
            return q.retired() ? new QuestionLookup.Retired(q) : new QuestionLookup.Found(q);
        }
        String current = snapshot.renamedTo(slug);
        return current != null ? new QuestionLookup.Moved(current) : new QuestionLookup.Missing(slug);
    }

    /** The question at this slug, live or retired (not a former slug); empty if there is none. */
    public Optional<Question> question(String slug) {
        return Optional.ofNullable(snapshots.current().bySlug(slug));
    }

    /**
     * The question with this id, live or retired; empty if there is none. What other modules read
     * instead of joining the question table to the ids they store.
     */
    public Optional<Question> question(long id) {
        Question q = snapshots.current().byId(id);
        // An id this node has not seen was stored by a node that synced first: follow that sync now.
        return Optional.ofNullable(q != null ? q : snapshots.followSharedSync().byId(id));
    }

    /** Ids of every question of a topic, live or retired. */
    public Set<Long> questionIdsOfTopic(String topic) {
        return snapshots.current().all().stream()
                .filter(q -> topic.equals(q.topic()))
                .map(Question::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The common mistakes of each question at these slugs, live or retired (pages that list several
     * questions need nothing else of them); unknown slugs are left out.
     */
    public Map<String, List<Misconception>> misconceptions(Collection<String> slugs) {
        CatalogSnapshot snapshot = snapshots.current();
        Map<String, List<Misconception>> bySlug = new HashMap<>();
        slugs.stream()
                .map(snapshot::bySlug)
                .filter(Objects::nonNull)
                .forEach(q -> bySlug.put(q.slug(), q.misconceptions()));
        return bySlug;
    }

    /** Live questions by slug, in the order asked; unknown or retired slugs are left out. */
    public List<QuestionSummary> summaries(Collection<String> slugs) {
        CatalogSnapshot snapshot = snapshots.current();
        return slugs.stream()
                .map(snapshot::bySlug)
                .filter(q -> q != null && !q.retired())
                .map(Question::toSummary)
                .toList();
    }

    /**
     * Titles of the live questions that answer this question's follow-ups ({@code see}), by slug:
     * what the question page and the practice card link them by.
     */
    public Map<String, String> followUpTargets(Question question) {
        List<String> slugs = question.followUps().stream()
                .map(FollowUp::see)
                .filter(Objects::nonNull)
                .toList();
        Map<String, String> titles = new HashMap<>();
        summaries(slugs).forEach(s -> titles.put(s.slug(), s.title()));
        return titles;
    }

    /** Previous and next question in the same topic (or kind, for questions without one). */
    public Neighbours neighbours(Question question) {
        CatalogSnapshot snapshot = snapshots.current();
        List<Question> group =
                question.topic() != null ? inTopic(snapshot, question.topic()) : ofKind(snapshot, question.kind());
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).slug().equals(question.slug())) {
                return new Neighbours(
                        i > 0 ? group.get(i - 1).toSummary() : null,
                        i + 1 < group.size() ? group.get(i + 1).toSummary() : null);
            }
        }
        return new Neighbours(null, null);
    }

    public List<CareerRole> roles() {
        return snapshots.current().roles();
    }

    public Optional<CareerRole> role(String slug) {
        return roles().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public List<LearningPathStep> learningPath() {
        return snapshots.current().learningPath();
    }

    public List<EditorialItem> tips() {
        return snapshots.current().tips();
    }

    public List<EditorialItem> faq() {
        return snapshots.current().faq();
    }

    private static List<Question> inTopic(CatalogSnapshot snapshot, String topic) {
        return snapshot.levelOrder().stream()
                .filter(q -> topic.equals(q.topic()))
                .toList();
    }

    private static List<Question> ofKind(CatalogSnapshot snapshot, Kind kind) {
        return snapshot.levelOrder().stream().filter(q -> q.kind() == kind).toList();
    }

    private static Map<Level, List<Question>> groupByLevel(List<Question> questions) {
        Map<Level, List<Question>> grouped = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            grouped.put(l, new ArrayList<>());
        }
        questions.forEach(q -> grouped.get(q.level()).add(q));
        grouped.replaceAll((l, qs) -> List.copyOf(qs));
        return grouped;
    }
}
