package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL and row mapping behind the catalog's snapshot: reads the whole synced bank in a few
 * queries. The database does the ordering, so lists keep exactly the order (and collation) the
 * per-call queries had.
 */
@Component
class CatalogStore {

    static final String LEVEL_ORDER = "CASE level WHEN 'fresher' THEN 0 WHEN 'intermediate' THEN 1 ELSE 2 END, "
            + "CASE kind WHEN 'technical' THEN 0 ELSE 1 END, title, slug";
    private static final String QUESTION_COLUMNS =
            "id, slug, title, aliases_json, topic_slug, topics_json, level, kind, tags_json, summary, "
                    + "answer_markdown, answer_html, key_points_json, follow_ups_json, related_json, misconceptions_json,"
                    + " sources_json, verified_on, updated_on, retired_at";

    private final JdbcClient jdbc;
    private final JsonLists lists;

    CatalogStore(JdbcClient jdbc, JsonLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    /** When any node last synced the content into the shared database (null before the first sync). */
    Instant lastSynced() {
        return jdbc.sql("SELECT last_synced FROM content_sync_lock WHERE id = 1")
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(t -> t == null ? null : t.toInstant())
                .orElse(null);
    }

    /**
     * Reads the bank as of one sync. A sync that commits while this reads moves the sync time, and
     * the read starts again, so a snapshot never mixes two versions of the bank.
     */
    CatalogSnapshot load() {
        for (int attempt = 0; ; attempt++) {
            Instant before = lastSynced();
            CatalogSnapshot snapshot = read(before);
            if (java.util.Objects.equals(before, lastSynced()) || attempt >= 4) {
                return snapshot;
            }
        }
    }

    private CatalogSnapshot read(Instant syncedAt) {
        MessageDigest digest = sha256();
        Map<Long, Question> byId = new LinkedHashMap<>();
        List<Question> listOrder = new ArrayList<>();
        jdbc.sql("SELECT " + QUESTION_COLUMNS + " FROM question ORDER BY COALESCE(topic_slug, kind), " + LEVEL_ORDER)
                .query(rs -> {
                    Question q = question(rs);
                    byId.put(q.id(), q);
                    listOrder.add(q);
                    // The whole record, as pages and the API show it: any change a sync makes moves the version.
                    update(digest, "q", q);
                });
        List<Question> levelOrder =
                jdbc.sql("SELECT id FROM question ORDER BY " + LEVEL_ORDER).query(Long.class).list().stream()
                        .map(byId::get)
                        .toList();
        Map<String, String> formerSlugs = new HashMap<>();
        jdbc.sql("SELECT old_slug, question_id FROM question_slug_history ORDER BY old_slug")
                .query(rs -> {
                    Question q = byId.get(rs.getLong(2));
                    if (q != null) {
                        formerSlugs.put(rs.getString(1), q.slug());
                        update(digest, "h", rs.getString(1), q.slug());
                    }
                });
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.sql("SELECT question_id, tag FROM question_tag").query(rs -> {
            tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        tags.replaceAll((id, t) -> Set.copyOf(t));
        List<TopicRow> topics = jdbc.sql("SELECT slug, name, description FROM topic ORDER BY position")
                .query((rs, i) -> new TopicRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        topics.forEach(t -> update(digest, "t", t.slug(), t.name(), t.description()));
        List<CareerRole> roles = roles();
        roles.forEach(r -> update(digest, "r", r));
        List<LearningPathStep> path = learningPath();
        path.forEach(s -> update(digest, "p", s));
        List<EditorialItem> tips = editorial("tip");
        List<EditorialItem> faq = editorial("faq");
        tips.forEach(e -> update(digest, "tip", e));
        faq.forEach(e -> update(digest, "faq", e));
        String version = HexFormat.of().formatHex(digest.digest(), 0, 16);
        return new CatalogSnapshot(
                version, syncedAt, topics, listOrder, levelOrder, formerSlugs, tags, roles, path, tips, faq);
    }

    record TopicRow(String slug, String name, String description) {}

    private List<CareerRole> roles() {
        return jdbc.sql("SELECT slug, name, summary, description_html, responsibilities_json, topics_json"
                        + " FROM career_role ORDER BY position")
                .query((rs, i) -> new CareerRole(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        lists.read(rs.getString(5)),
                        lists.read(rs.getString(6))))
                .list();
    }

    private List<LearningPathStep> learningPath() {
        return jdbc.sql("SELECT position, slug, title, summary, description_html, topics_json"
                        + " FROM learning_path_step ORDER BY position")
                .query((rs, i) -> new LearningPathStep(
                        rs.getInt(1) + 1,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        lists.read(rs.getString(6))))
                .list();
    }

    private List<EditorialItem> editorial(String section) {
        return jdbc.sql("SELECT title, body_html FROM editorial_entry WHERE section = ? ORDER BY position")
                .param(section)
                .query((rs, i) -> new EditorialItem(rs.getString(1), rs.getString(2)))
                .list();
    }

    private Question question(ResultSet rs) throws SQLException {
        return new Question(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                lists.read(rs.getString("aliases_json")),
                rs.getString("topic_slug"),
                lists.read(rs.getString("topics_json")),
                Level.fromSlug(rs.getString("level")).orElseThrow(),
                Kind.fromSlug(rs.getString("kind")).orElseThrow(),
                lists.read(rs.getString("tags_json")),
                rs.getString("summary"),
                rs.getString("answer_markdown"),
                rs.getString("answer_html"),
                lists.read(rs.getString("key_points_json")),
                lists.readFollowUps(rs.getString("follow_ups_json")),
                lists.read(rs.getString("related_json")),
                lists.readMisconceptions(rs.getString("misconceptions_json")),
                lists.readSources(rs.getString("sources_json")),
                rs.getObject("verified_on", LocalDate.class),
                rs.getObject("updated_on", LocalDate.class),
                rs.getObject("retired_at") != null);
    }

    /** Feeds values into the version digest, each closed by a separator no value contains. */
    private static void update(MessageDigest digest, Object... values) {
        for (Object v : values) {
            digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
