package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.content.Misconception;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the question bank and its editorial content, as synced into the database. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    static final String LEVEL_ORDER = "CASE level WHEN 'fresher' THEN 0 WHEN 'intermediate' THEN 1 ELSE 2 END, "
            + "CASE kind WHEN 'technical' THEN 0 ELSE 1 END, title, slug";
    private static final String QUESTION_COLUMNS =
            "id, slug, title, aliases_json, topic_slug, topics_json, level, kind, tags_json, summary, "
                    + "answer_markdown, answer_html, key_points_json, follow_ups_json, related_json, misconceptions_json,"
                    + " sources_json, verified_on, updated_on, retired_at";
    private static final String SUMMARY_COLUMNS = "slug, title, topic_slug, level, kind, summary, updated_on";

    private final JdbcClient jdbc;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Topic> topics() {
        Map<String, QuestionCounts> counts = countsByTopic();
        return jdbc.sql("SELECT slug, name, description FROM topic ORDER BY position")
                .query((rs, i) -> new Topic(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        counts.getOrDefault(rs.getString(1), QuestionCounts.NONE)))
                .list();
    }

    public Optional<Topic> topic(String slug) {
        return topics().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Live questions of a kind per level; used for the behavioral and system design sections. */
    public QuestionCounts countsOfKind(Kind kind) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        jdbc.sql("SELECT level, COUNT(*) FROM question WHERE retired_at IS NULL AND kind = ? GROUP BY level")
                .param(kind.slug())
                .query(rs -> {
                    Level.fromSlug(rs.getString(1)).ifPresent(l -> byLevel.put(l, safeInt(rs, 2)));
                });
        return new QuestionCounts(
                byLevel.getOrDefault(Level.FRESHER, 0),
                byLevel.getOrDefault(Level.INTERMEDIATE, 0),
                byLevel.getOrDefault(Level.EXPERIENCED, 0));
    }

    /** When any node last synced the content into the shared database (null before the first sync). */
    public java.time.Instant lastSynced() {
        return jdbc.sql("SELECT last_synced FROM content_sync_lock WHERE id = 1")
                .query((rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class))
                .optional()
                .map(t -> t == null ? null : t.toInstant())
                .orElse(null);
    }

    public long liveQuestionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM question WHERE retired_at IS NULL")
                .query(Long.class)
                .single();
    }

    public ResultPage<QuestionSummary> questions(QuestionQuery query) {
        var where = new StringBuilder(" FROM question q WHERE q.retired_at IS NULL");
        List<Object> params = new ArrayList<>();
        if (query.topic() != null) {
            where.append(" AND q.topic_slug = ?");
            params.add(query.topic());
        }
        if (query.level() != null) {
            where.append(" AND q.level = ?");
            params.add(query.level().slug());
        }
        if (query.kind() != null) {
            where.append(" AND q.kind = ?");
            params.add(query.kind().slug());
        }
        if (query.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM question_tag t WHERE t.question_id = q.id AND t.tag = ?)");
            params.add(query.tag());
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<QuestionSummary> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + where
                        + " ORDER BY COALESCE(topic_slug, kind), " + LEVEL_ORDER + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, i) -> summary(rs))
                .list();
        return ResultPage.of(items, query.page(), query.size(), total);
    }

    /** Live questions of one topic in reading order, grouped by level. */
    public Map<Level, List<Question>> questionsOfTopic(String topic) {
        return groupByLevel(jdbc.sql("SELECT " + QUESTION_COLUMNS
                        + " FROM question WHERE retired_at IS NULL AND topic_slug = ? ORDER BY " + LEVEL_ORDER)
                .param(topic)
                .query((rs, i) -> question(rs))
                .list());
    }

    /** Live questions of a kind that has no topic (behavioral, system design), grouped by level. */
    public Map<Level, List<Question>> questionsOfKind(Kind kind) {
        return groupByLevel(jdbc.sql("SELECT " + QUESTION_COLUMNS
                        + " FROM question WHERE retired_at IS NULL AND kind = ? ORDER BY " + LEVEL_ORDER)
                .param(kind.slug())
                .query((rs, i) -> question(rs))
                .list());
    }

    /** Every live question's identity, topic, level and kind, in reading order. */
    public List<QuestionRef> questionRefs() {
        return jdbc.sql("SELECT id, slug, title, topic_slug, level, kind FROM question WHERE retired_at IS NULL"
                        + " ORDER BY COALESCE(topic_slug, kind), " + LEVEL_ORDER)
                .query((rs, i) -> new QuestionRef(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Level.fromSlug(rs.getString(5)).orElseThrow(),
                        Kind.fromSlug(rs.getString(6)).orElseThrow()))
                .list();
    }

    /** Every live question with its full text, for indexes built from the bank. */
    public List<Question> liveQuestions() {
        return jdbc.sql("SELECT " + QUESTION_COLUMNS + " FROM question WHERE retired_at IS NULL ORDER BY id")
                .query((rs, i) -> question(rs))
                .list();
    }

    public QuestionLookup lookup(String slug) {
        Optional<Question> found = jdbc.sql("SELECT " + QUESTION_COLUMNS + " FROM question WHERE slug = ?")
                .param(slug)
                .query((rs, i) -> question(rs))
                .optional();
        if (found.isPresent()) {
            Question q = found.get();
            return q.retired() ? new QuestionLookup.Retired(q) : new QuestionLookup.Found(q);
        }
        return jdbc.sql("SELECT q.slug FROM question_slug_history h JOIN question q ON q.id = h.question_id"
                        + " WHERE h.old_slug = ?")
                .param(slug)
                .query(String.class)
                .optional()
                .<QuestionLookup>map(QuestionLookup.Moved::new)
                .orElseGet(() -> new QuestionLookup.Missing(slug));
    }

    /** The question at this slug, live or retired (not a former slug); empty if there is none. */
    public Optional<Question> question(String slug) {
        return switch (lookup(slug)) {
            case QuestionLookup.Found f -> Optional.of(f.question());
            case QuestionLookup.Retired r -> Optional.of(r.question());
            default -> Optional.empty();
        };
    }

    /**
     * The common mistakes of each question at these slugs, live or retired, in one query (pages that
     * list several questions need nothing else of them); unknown slugs are left out.
     */
    public Map<String, List<Misconception>> misconceptions(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Misconception>> bySlug = new HashMap<>();
        jdbc.sql("SELECT slug, misconceptions_json FROM question WHERE slug IN (:slugs)")
                .param("slugs", List.copyOf(slugs))
                .query((rs, i) -> Map.entry(rs.getString(1), JsonLists.readMisconceptions(rs.getString(2))))
                .list()
                .forEach(e -> bySlug.put(e.getKey(), e.getValue()));
        return bySlug;
    }

    /** Live questions by slug, in the order asked; unknown or retired slugs are left out. */
    public List<QuestionSummary> summaries(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, QuestionSummary> bySlug = new HashMap<>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM question WHERE retired_at IS NULL AND slug IN (:slugs)")
                .param("slugs", List.copyOf(slugs))
                .query((rs, i) -> summary(rs))
                .list()
                .forEach(s -> bySlug.put(s.slug(), s));
        return slugs.stream().map(bySlug::get).filter(s -> s != null).toList();
    }

    /**
     * Titles of the live questions that answer this question's follow-ups ({@code see}), by slug:
     * what the question page and the practice card link them by.
     */
    public Map<String, String> followUpTargets(Question question) {
        List<String> slugs = question.followUps().stream()
                .map(dev.prepstack.content.FollowUp::see)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<String, String> titles = new HashMap<>();
        summaries(slugs).forEach(s -> titles.put(s.slug(), s.title()));
        return titles;
    }

    /** Previous and next question in the same topic (or kind, for questions without one). */
    public Neighbours neighbours(Question question) {
        List<QuestionSummary> group = question.topic() != null
                ? jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM question WHERE retired_at IS NULL AND topic_slug = ?"
                                + " ORDER BY " + LEVEL_ORDER)
                        .param(question.topic())
                        .query((rs, i) -> summary(rs))
                        .list()
                : jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM question WHERE retired_at IS NULL AND kind = ?"
                                + " ORDER BY " + LEVEL_ORDER)
                        .param(question.kind().slug())
                        .query((rs, i) -> summary(rs))
                        .list();
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).slug().equals(question.slug())) {
                return new Neighbours(i > 0 ? group.get(i - 1) : null, i + 1 < group.size() ? group.get(i + 1) : null);
            }
        }
        return new Neighbours(null, null);
    }

    public List<CareerRole> roles() {
        return jdbc.sql("SELECT slug, name, summary, description_html, responsibilities_json, topics_json"
                        + " FROM career_role ORDER BY position")
                .query((rs, i) -> new CareerRole(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        JsonLists.read(rs.getString(5)),
                        JsonLists.read(rs.getString(6))))
                .list();
    }

    public Optional<CareerRole> role(String slug) {
        return roles().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public List<LearningPathStep> learningPath() {
        return jdbc.sql("SELECT position, slug, title, summary, description_html, topics_json"
                        + " FROM learning_path_step ORDER BY position")
                .query((rs, i) -> new LearningPathStep(
                        rs.getInt(1) + 1,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        JsonLists.read(rs.getString(6))))
                .list();
    }

    public List<EditorialItem> tips() {
        return editorial("tip");
    }

    public List<EditorialItem> faq() {
        return editorial("faq");
    }

    private List<EditorialItem> editorial(String section) {
        return jdbc.sql("SELECT title, body_html FROM editorial_entry WHERE section = ? ORDER BY position")
                .param(section)
                .query((rs, i) -> new EditorialItem(rs.getString(1), rs.getString(2)))
                .list();
    }

    private Map<String, QuestionCounts> countsByTopic() {
        Map<String, int[]> raw = new HashMap<>();
        jdbc.sql("SELECT topic_slug, level, COUNT(*) FROM question WHERE retired_at IS NULL"
                        + " AND kind IN ('technical', 'scenario') GROUP BY topic_slug, level")
                .query(rs -> {
                    int[] c = raw.computeIfAbsent(rs.getString(1), k -> new int[3]);
                    Level.fromSlug(rs.getString(2)).ifPresent(l -> c[l.ordinal()] = safeInt(rs, 3));
                });
        Map<String, QuestionCounts> counts = new HashMap<>();
        raw.forEach((topic, c) -> counts.put(topic, new QuestionCounts(c[0], c[1], c[2])));
        return counts;
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

    private static int safeInt(ResultSet rs, int column) {
        try {
            return rs.getInt(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QuestionSummary summary(ResultSet rs) throws SQLException {
        return new QuestionSummary(
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("topic_slug"),
                Level.fromSlug(rs.getString("level")).orElseThrow(),
                Kind.fromSlug(rs.getString("kind")).orElseThrow(),
                rs.getString("summary"),
                rs.getObject("updated_on", java.time.LocalDate.class));
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                JsonLists.read(rs.getString("aliases_json")),
                rs.getString("topic_slug"),
                JsonLists.read(rs.getString("topics_json")),
                Level.fromSlug(rs.getString("level")).orElseThrow(),
                Kind.fromSlug(rs.getString("kind")).orElseThrow(),
                JsonLists.read(rs.getString("tags_json")),
                rs.getString("summary"),
                rs.getString("answer_markdown"),
                rs.getString("answer_html"),
                JsonLists.read(rs.getString("key_points_json")),
                JsonLists.readFollowUps(rs.getString("follow_ups_json")),
                JsonLists.read(rs.getString("related_json")),
                JsonLists.readMisconceptions(rs.getString("misconceptions_json")),
                JsonLists.readSources(rs.getString("sources_json")),
                rs.getObject("verified_on", java.time.LocalDate.class),
                rs.getObject("updated_on", java.time.LocalDate.class),
                rs.getObject("retired_at") != null);
    }
}
