package dev.prepstack.catalog;

import dev.prepstack.content.ContentBank;
import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.EditorialEntry;
import dev.prepstack.content.QuestionDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the database in line with the content bank. Runs before the web server accepts requests.
 *
 * <p>User data will point at question ids, so the sync never deletes a question: a file that is gone
 * retires its question, a renamed file keeps the id through {@code previous_slugs}, and a broken file
 * leaves the last good version in place.
 *
 * <p>A question an editor revised ({@link QuestionEditions}) keeps serving its revision while its
 * shipped file stays as it was when the revision was made (same content hash). Once the shipped
 * file changes, the file wins: the row is synced from it, the revision stops being served, and the
 * editorial module shows the editor the conflict.
 */
@Service
public class CatalogSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);

    private final ContentLoader loader;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonLists lists;

    CatalogSync(
            ContentLoader loader,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            JsonLists lists) {
        this.lists = lists;
        this.loader = loader;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Start-up sync, skipped when the content, the day and the application's build are those of the
     * last sync ({@link ContentLoader#fingerprint()}): parsing the bank is most of a warm start's
     * content work, and it would change nothing. The catalog and the search index are then built from
     * the database on first use, after the server accepts requests.
     */
    @Override
    public void afterSingletonsInstantiated() {
        syncAtStart();
    }

    /** Whether the start-up sync ran (false: skipped, the bank is the one last synced). */
    boolean syncAtStart() {
        String fingerprint = loader.fingerprint();
        if (fingerprint.equals(storedFingerprint())) {
            log.info(
                    "Content unchanged since the last sync (fingerprint {}): not parsed again",
                    fingerprint(fingerprint));
            return false;
        }
        sync(loader.load(), fingerprint);
        return true;
    }

    /** Reads the configured content again and syncs it; returns what changed. */
    public ContentSynced reload() {
        String fingerprint = loader.fingerprint();
        return sync(loader.load(), fingerprint);
    }

    public ContentSynced sync(ContentBank bank) {
        return sync(bank, null);
    }

    private static String fingerprint(String full) {
        return full.substring(0, 12);
    }

    private String storedFingerprint() {
        return jdbc.sql("SELECT bank_fingerprint FROM content_sync_lock WHERE id = 1")
                .query((rs, i) -> rs.getString(1))
                .optional()
                .orElse(null);
    }

    /** Syncs {@code bank}; {@code fingerprint} is the configured files' when the bank is theirs, else null. */
    private ContentSynced sync(ContentBank bank, String fingerprint) {
        long started = System.nanoTime();
        ContentSynced result = transactions.execute(tx -> syncLocked(bank, fingerprint));
        log.info(
                "Content synced in {} ms: {} live, {} added, {} updated, {} retired, {} problem(s)",
                (System.nanoTime() - started) / 1_000_000,
                result.liveQuestions(),
                result.added(),
                result.updated(),
                result.retired(),
                result.problems());
        events.publishEvent(result);
        return result;
    }

    private ContentSynced syncLocked(ContentBank bank, String fingerprint) {
        // Serialises syncs of nodes that start together: the second waits, then finds nothing to do.
        jdbc.sql("SELECT id FROM content_sync_lock WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        replaceEditorial(bank);

        Map<String, Existing> existing = new HashMap<>();
        jdbc.sql("SELECT id, slug, content_hash, retired_at FROM question").query(rs -> {
            existing.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(3), rs.getObject(4) != null));
        });
        Map<String, Long> history = new HashMap<>();
        jdbc.sql("SELECT old_slug, question_id FROM question_slug_history").query(rs -> {
            history.put(rs.getString(1), rs.getLong(2));
        });

        Set<String> bankSlugs = new HashSet<>();
        bank.questions().forEach(q -> bankSlugs.add(q.slug()));
        int added = 0;
        int updated = 0;
        Set<Long> present = new HashSet<>();
        for (QuestionDocument doc : bank.questions()) {
            Existing current = existing.get(doc.slug());
            if (current == null && history.containsKey(doc.slug())) {
                // A slug names one question forever: a file using a former slug is that question renamed back.
                current = renamedBack(doc, history.get(doc.slug()), existing, bankSlugs);
                if (current == null) {
                    continue;
                }
            }
            if (current == null) {
                current = renamedFrom(doc, existing);
            }
            if (current == null) {
                long id = insert(doc, now);
                present.add(id);
                added++;
                continue;
            }
            present.add(current.id());
            if (!current.hash().equals(doc.contentHash()) || current.retired() || !existing.containsKey(doc.slug())) {
                update(current.id(), doc, now);
                updated++;
            }
        }

        Set<String> keep = new HashSet<>(bank.invalidQuestionSlugs());
        int retired = 0;
        for (var e : existing.entrySet()) {
            Existing q = e.getValue();
            // A question an editor created has no shipped file until a maintainer commits its export.
            boolean editorialOnly = QuestionEditions.EDITORIAL_ONLY.equals(q.hash());
            if (!present.contains(q.id()) && !q.retired() && !keep.contains(e.getKey()) && !editorialOnly) {
                jdbc.sql("UPDATE question SET retired_at = ? WHERE id = ?")
                        .params(now, q.id())
                        .update();
                log.info("Question '{}' retired: its file is gone", e.getKey());
                retired++;
            }
        }
        jdbc.sql("UPDATE content_sync_lock SET last_synced = ?, bank_fingerprint = ? WHERE id = 1")
                .params(now, fingerprint)
                .update();
        int live = jdbc.sql("SELECT COUNT(*) FROM question WHERE retired_at IS NULL")
                .query(Integer.class)
                .single();
        return new ContentSynced(live, added, updated, retired, bank.problems().size(), Instant.now(clock));
    }

    private Existing renamedBack(QuestionDocument doc, long id, Map<String, Existing> existing, Set<String> bankSlugs) {
        String currentSlug = existing.entrySet().stream()
                .filter(e -> e.getValue().id() == id)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (currentSlug == null || bankSlugs.contains(currentSlug)) {
            log.error(
                    "Content problem: {} uses '{}', a former slug of the question now at '{}'; slugs are permanent,"
                            + " so it is not synced",
                    doc.sourcePath(),
                    doc.slug(),
                    currentSlug);
            return null;
        }
        Existing prior = existing.remove(currentSlug);
        jdbc.sql("DELETE FROM question_slug_history WHERE old_slug = ?")
                .param(doc.slug())
                .update();
        jdbc.sql("INSERT INTO question_slug_history (old_slug, question_id) VALUES (?, ?)")
                .params(currentSlug, id)
                .update();
        jdbc.sql("UPDATE question SET slug = ? WHERE id = ?")
                .params(doc.slug(), id)
                .update();
        log.info("Question '{}' renamed back to '{}'", currentSlug, doc.slug());
        return new Existing(id, "renamed", prior.retired());
    }

    /** A new slug whose file lists a slug we know in previous_slugs is that question, renamed. */
    private Existing renamedFrom(QuestionDocument doc, Map<String, Existing> existing) {
        for (String old : doc.previousSlugs()) {
            Existing prior = existing.get(old);
            if (prior != null) {
                jdbc.sql("INSERT INTO question_slug_history (old_slug, question_id) VALUES (?, ?)")
                        .params(old, prior.id())
                        .update();
                jdbc.sql("UPDATE question SET slug = ? WHERE id = ?")
                        .params(doc.slug(), prior.id())
                        .update();
                existing.remove(old);
                log.info("Question '{}' renamed to '{}'", old, doc.slug());
                return new Existing(prior.id(), "renamed", prior.retired());
            }
        }
        return null;
    }

    /** The question's columns in the order both INSERT and UPDATE name them. */
    private List<Object> columns(QuestionDocument doc, OffsetDateTime now) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(
                doc.slug(),
                doc.title(),
                doc.kind().slug(),
                doc.topic(),
                doc.level().slug(),
                doc.summary(),
                doc.answerMarkdown(),
                doc.answerHtml(),
                lists.write(doc.aliases()),
                lists.write(doc.topics()),
                lists.write(doc.tags()),
                lists.write(doc.keyPoints()),
                lists.write(doc.followUps()),
                lists.write(doc.related()),
                lists.write(doc.misconceptions()),
                lists.write(doc.sources()),
                doc.verified(),
                doc.wordCount(),
                doc.updated(),
                doc.sourcePath(),
                doc.contentHash(),
                now));
    }

    private long insert(QuestionDocument doc, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO question (slug, title, kind, topic_slug, level, summary, answer_markdown, answer_html,
                            aliases_json, topics_json, tags_json, key_points_json, follow_ups_json, related_json,
                            misconceptions_json, sources_json, verified_on, word_count, updated_on, source_path,
                            content_hash, synced_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(columns(doc, now)).update();
        long id = jdbc.sql("SELECT id FROM question WHERE slug = ?")
                .param(doc.slug())
                .query(Long.class)
                .single();
        replaceTags(id, doc.tags());
        return id;
    }

    private void update(long id, QuestionDocument doc, OffsetDateTime now) {
        List<Object> params = columns(doc, now);
        params.add(id);
        jdbc.sql("""
                        UPDATE question SET slug = ?, title = ?, kind = ?, topic_slug = ?, level = ?, summary = ?,
                            answer_markdown = ?, answer_html = ?, aliases_json = ?, topics_json = ?, tags_json = ?,
                            key_points_json = ?, follow_ups_json = ?, related_json = ?, misconceptions_json = ?,
                            sources_json = ?, verified_on = ?, word_count = ?, updated_on = ?,
                            source_path = ?, content_hash = ?, synced_at = ?, retired_at = NULL,
                            editorial_revision = NULL
                        WHERE id = ?""").params(params).update();
        replaceTags(id, doc.tags());
    }

    private void replaceTags(long id, List<String> tags) {
        jdbc.sql("DELETE FROM question_tag WHERE question_id = ?").param(id).update();
        for (String tag : new HashSet<>(tags)) {
            jdbc.sql("INSERT INTO question_tag (question_id, tag) VALUES (?, ?)")
                    .params(id, tag)
                    .update();
        }
    }

    /** Replaces each editorial section whose file is valid; an invalid one keeps its last good version. */
    private void replaceEditorial(ContentBank bank) {
        bank.invalidSections()
                .forEach(
                        section -> log.warn("Content section '{}' is invalid: keeping its last good version", section));
        if (bank.isValid(ContentBank.TOPICS)) {
            jdbc.sql("DELETE FROM topic").update();
            for (int i = 0; i < bank.topics().size(); i++) {
                var t = bank.topics().get(i);
                jdbc.sql("INSERT INTO topic (slug, name, description, position) VALUES (?, ?, ?, ?)")
                        .params(t.slug(), t.name(), t.description(), i)
                        .update();
            }
        }
        if (bank.isValid(ContentBank.ROLES)) {
            jdbc.sql("DELETE FROM career_role").update();
            for (int i = 0; i < bank.roles().size(); i++) {
                var r = bank.roles().get(i);
                jdbc.sql("INSERT INTO career_role (slug, name, summary, description_html, responsibilities_json,"
                                + " topics_json, position) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                r.slug(),
                                r.name(),
                                r.summary(),
                                r.descriptionHtml(),
                                lists.write(r.responsibilities()),
                                lists.write(r.topics()),
                                i)
                        .update();
            }
        }
        if (bank.isValid(ContentBank.LEARNING_PATH)) {
            jdbc.sql("DELETE FROM learning_path_step").update();
            for (int i = 0; i < bank.learningPath().size(); i++) {
                var s = bank.learningPath().get(i);
                jdbc.sql("INSERT INTO learning_path_step (slug, title, summary, description_html, topics_json,"
                                + " position) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(s.slug(), s.title(), s.summary(), s.descriptionHtml(), lists.write(s.topics()), i)
                        .update();
            }
        }
        if (bank.isValid(ContentBank.TIPS)) {
            replaceEntries("tip", bank.tips());
        }
        if (bank.isValid(ContentBank.FAQ)) {
            replaceEntries("faq", bank.faq());
        }
    }

    private void replaceEntries(String section, List<EditorialEntry> entries) {
        jdbc.sql("DELETE FROM editorial_entry WHERE section = ?").param(section).update();
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("INSERT INTO editorial_entry (section, position, title, body_html) VALUES (?, ?, ?, ?)")
                    .params(section, i, entries.get(i).title(), entries.get(i).bodyHtml())
                    .update();
        }
    }

    private record Existing(long id, String hash, boolean retired) {}
}
