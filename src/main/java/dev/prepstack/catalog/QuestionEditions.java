package dev.prepstack.catalog;

import dev.prepstack.content.QuestionDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an editor's revision of a question as what the catalog serves. The revision's fields go
 * into the question's row and the shared sync time moves, so this node rebuilds its snapshot at once
 * (after the commit) and every other node at its next poll; the content version changes with the
 * fields, so cached pages and ETags follow.
 */
@Service
public class QuestionEditions {

    private final JdbcClient jdbc;
    private final CatalogSnapshots snapshots;
    private final Clock clock;
    private final JsonLists json;

    QuestionEditions(JdbcClient jdbc, CatalogSnapshots snapshots, Clock clock, JsonLists json) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.clock = clock;
        this.json = json;
    }

    /** What the catalog holds about a question's editions. */
    public record Edition(long questionId, String shippedHash, OptionalInt servedRevision) {}

    /**
     * The content hash of the question's shipped file as last synced, and the editorial revision its
     * row serves (empty when it serves the shipped file).
     */
    public Optional<Edition> edition(long questionId) {
        return jdbc.sql("SELECT content_hash, editorial_revision FROM question WHERE id = ?")
                .param(questionId)
                .query((rs, i) -> {
                    int revision = rs.getInt(2);
                    return new Edition(
                            questionId, rs.getString(1), rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(revision));
                })
                .optional();
    }

    /**
     * The content hash a question created by an editor carries until a shipped file of its slug
     * arrives: the sync does not retire it for having no file, and the first shipped file replaces it.
     */
    public static final String EDITORIAL_ONLY = "editorial";

    /** Whether a slug names a question, now or formerly: slugs are permanent, so it cannot be used again. */
    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM question WHERE slug = :s)"
                                + " + (SELECT COUNT(*) FROM question_slug_history WHERE old_slug = :s)")
                        .param("s", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Adds {@code created} (a validated document of a new question) to the catalog as editorial
     * revision 1. Joins the caller's transaction; the snapshot is rebuilt after it commits.
     *
     * @return the new question's id
     */
    @Transactional
    public long create(QuestionDocument created) {
        jdbc.sql("""
                        INSERT INTO question (slug, title, kind, topic_slug, level, summary, answer_markdown, answer_html,
                            aliases_json, topics_json, tags_json, key_points_json, follow_ups_json, related_json,
                            misconceptions_json, sources_json, verified_on, word_count, updated_on, source_path,
                            content_hash, synced_at, editorial_revision)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        created.slug(),
                        created.title(),
                        created.kind().slug(),
                        created.topic(),
                        created.level().slug(),
                        created.summary(),
                        created.answerMarkdown(),
                        created.answerHtml(),
                        json.write(created.aliases()),
                        json.write(created.topics()),
                        json.write(created.tags()),
                        json.write(created.keyPoints()),
                        json.write(created.followUps()),
                        json.write(created.related()),
                        json.write(created.misconceptions()),
                        json.write(created.sources()),
                        created.verified(),
                        created.wordCount(),
                        created.updated(),
                        created.sourcePath(),
                        EDITORIAL_ONLY,
                        OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("SELECT id FROM question WHERE slug = ?")
                .param(created.slug())
                .query(Long.class)
                .single();
        replaceTags(id, created);
        published();
        return id;
    }

    /**
     * Serves {@code revised} (a validated document of an existing question, same slug) as revision
     * {@code number}. Joins the caller's transaction; the snapshot is rebuilt after it commits.
     */
    @Transactional
    public void publish(long questionId, QuestionDocument revised, int number) {
        int updated = jdbc.sql("""
                        UPDATE question SET title = ?, summary = ?, answer_markdown = ?, answer_html = ?,
                            key_points_json = ?, sources_json = ?, follow_ups_json = ?, misconceptions_json = ?,
                            tags_json = ?, level = ?, word_count = ?, updated_on = ?, editorial_revision = ?
                        WHERE id = ? AND slug = ?""")
                .params(
                        revised.title(),
                        revised.summary(),
                        revised.answerMarkdown(),
                        revised.answerHtml(),
                        json.write(revised.keyPoints()),
                        json.write(revised.sources()),
                        json.write(revised.followUps()),
                        json.write(revised.misconceptions()),
                        json.write(revised.tags()),
                        revised.level().slug(),
                        revised.wordCount(),
                        revised.updated(),
                        number,
                        questionId,
                        revised.slug())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No question " + questionId + " at " + revised.slug());
        }
        replaceTags(questionId, revised);
        published();
    }

    private void replaceTags(long questionId, QuestionDocument document) {
        jdbc.sql("DELETE FROM question_tag WHERE question_id = ?")
                .param(questionId)
                .update();
        for (String tag : new java.util.LinkedHashSet<>(document.tags())) {
            jdbc.sql("INSERT INTO question_tag (question_id, tag) VALUES (?, ?)")
                    .params(questionId, tag)
                    .update();
        }
    }

    private void published() {
        moveSharedSyncTime();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshots.rebuild();
                }
            });
        } else {
            snapshots.rebuild();
        }
    }

    /** Later than the last sync even under a clock that stands still, so every node sees it moved. */
    private void moveSharedSyncTime() {
        Instant last = jdbc
                .sql("SELECT last_synced FROM content_sync_lock WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .list()
                .stream()
                .flatMap(Optional::stream)
                .map(OffsetDateTime::toInstant)
                .findFirst()
                .orElse(Instant.EPOCH);
        Instant now = Instant.now(clock);
        Instant next = now.isAfter(last) ? now : last.plusMillis(1);
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ? WHERE id = 1")
                .param(OffsetDateTime.ofInstant(next, ZoneOffset.UTC))
                .update();
    }
}
