package dev.prepstack.practice;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.catalog.Topic;
import dev.prepstack.content.MarkdownRenderer;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own layer on the bank: answer history, bookmarks, private notes, and revision lists. */
@Service
@Transactional
public class Notebook {

    private final JdbcClient jdbc;
    private final Practice practice;
    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    Notebook(JdbcClient jdbc, Practice practice, Catalog catalog, MarkdownRenderer markdown, Clock clock) {
        this.clock = clock;
        this.markdown = markdown;
        this.jdbc = jdbc;
        this.practice = practice;
        this.catalog = catalog;
    }

    public record PastAnswer(Instant at, Rating rating, String answer, Integer elapsedSeconds, Integer feedbackScore) {}

    public record Entry(String slug, String title, String topic, Instant at, String detail) {}

    @Transactional(readOnly = true)
    /** A question as the notebook shows it: the person's answers to it, their bookmark and their note. */
    public record QuestionNotes(
            Question question, List<PastAnswer> history, boolean bookmarked, String note, String noteHtml) {}

    /** The bookmarks, the revision list and the topics one may reset. */
    public record Overview(List<Entry> bookmarks, List<Entry> revision, List<Topic> topics) {}

    @Transactional(readOnly = true)
    public QuestionNotes questionNotes(long accountId, String slug) {
        Question question =
                catalog.question(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
        String note = note(accountId, slug).orElse("");
        return new QuestionNotes(
                question, history(accountId, slug), bookmarked(accountId, slug), note, markdown.toSafeHtml(note));
    }

    @Transactional(readOnly = true)
    public Overview overview(long accountId) {
        return new Overview(bookmarks(accountId), needsRevision(accountId), catalog.topics());
    }

    public List<PastAnswer> history(long accountId, String slug) {
        QuestionRef q = practice.questionBySlug(slug);
        return jdbc.sql("SELECT reviewed_at, rating, answer, elapsed_seconds, feedback_score FROM practice_review"
                        + " WHERE account_id = ? AND question_id = ? ORDER BY reviewed_at DESC, id DESC")
                .params(accountId, q.id())
                .query((rs, i) -> new PastAnswer(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        Rating.valueOf(rs.getString(2)),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        (Integer) rs.getObject(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean bookmarked(long accountId, String slug) {
        QuestionRef q = practice.questionBySlug(slug);
        return jdbc.sql("SELECT COUNT(*) FROM practice_bookmark WHERE account_id = ? AND question_id = ?")
                        .params(accountId, q.id())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void bookmark(long accountId, String slug, boolean on) {
        QuestionRef q = practice.questionBySlug(slug);
        jdbc.sql("DELETE FROM practice_bookmark WHERE account_id = ? AND question_id = ?")
                .params(accountId, q.id())
                .update();
        if (on) {
            jdbc.sql("INSERT INTO practice_bookmark (account_id, question_id, created_at) VALUES (?, ?, ?)")
                    .params(accountId, q.id(), Practice.utc(clock.instant()))
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<String> note(long accountId, String slug) {
        QuestionRef q = practice.questionBySlug(slug);
        return jdbc.sql("SELECT text FROM practice_note WHERE account_id = ? AND question_id = ?")
                .params(accountId, q.id())
                .query(String.class)
                .optional();
    }

    /** Saves a private note; an empty note deletes it. */
    public void saveNote(long accountId, String slug, String text) {
        QuestionRef q = practice.questionBySlug(slug);
        String t = text == null ? "" : text.strip();
        if (t.length() > Practice.MAX_ANSWER) {
            throw new InvalidParameterException("note", "must be at most " + Practice.MAX_ANSWER + " characters");
        }
        jdbc.sql("DELETE FROM practice_note WHERE account_id = ? AND question_id = ?")
                .params(accountId, q.id())
                .update();
        if (!t.isEmpty()) {
            jdbc.sql("INSERT INTO practice_note (account_id, question_id, text, updated_at) VALUES (?, ?, ?, ?)")
                    .params(accountId, q.id(), t, Practice.utc(clock.instant()))
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<Entry> bookmarks(long accountId) {
        List<Entry> entries = new java.util.ArrayList<>();
        jdbc.sql("SELECT question_id, created_at FROM practice_bookmark WHERE account_id = ? ORDER BY created_at DESC")
                .param(accountId)
                .query(rs -> {
                    var q = catalog.question(rs.getLong(1)).orElseThrow();
                    if (!q.retired()) {
                        entries.add(new Entry(
                                q.slug(),
                                q.title(),
                                q.topic(),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                null));
                    }
                });
        return entries;
    }

    /** Questions that need revision: the last rating was Again or Hard, or the card has lapsed. */
    @Transactional(readOnly = true)
    public List<Entry> needsRevision(long accountId) {
        List<Entry> entries = new java.util.ArrayList<>();
        jdbc.sql("""
                        SELECT c.question_id, c.last_review, r.rating, c.lapses FROM practice_card c
                        JOIN practice_review r ON r.id = (SELECT MAX(id) FROM practice_review x
                            WHERE x.account_id = c.account_id AND x.question_id = c.question_id)
                        WHERE c.account_id = ? AND (r.rating IN ('AGAIN', 'HARD') OR c.lapses > 0)
                        ORDER BY c.last_review DESC""").param(accountId).query(rs -> {
            var q = catalog.question(rs.getLong(1)).orElseThrow();
            if (!q.retired()) {
                entries.add(new Entry(
                        q.slug(),
                        q.title(),
                        q.topic(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        "last rated " + rs.getString(3).toLowerCase()
                                + (rs.getInt(4) > 0 ? ", forgotten " + rs.getInt(4) + "×" : "")));
            }
        });
        return entries;
    }

    /** Whether the person has a schedule (a card) for the question: "review it as new" takes it away. */
    @Transactional(readOnly = true)
    public boolean scheduled(long accountId, long questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_card WHERE account_id = ? AND question_id = ?")
                        .params(accountId, questionId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Forgets the scheduling of one question, so it comes back as new; the answer history and notes stay. */
    public boolean resetCard(long accountId, String slug) {
        return jdbc.sql("DELETE FROM practice_card WHERE account_id = ? AND question_id = ?")
                        .params(accountId, practice.questionBySlug(slug).id())
                        .update()
                > 0;
    }

    /** Forgets the scheduling of a topic's questions; the answer history stays. */
    public int resetTopic(long accountId, String topic) {
        if (catalog.topic(topic).isEmpty()) {
            throw new InvalidParameterException("topic", "unknown topic");
        }
        var ids = catalog.questionIdsOfTopic(topic);
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM practice_card WHERE account_id = :account AND question_id IN (:ids)")
                .param("account", accountId)
                .param("ids", List.copyOf(ids))
                .update();
    }
}
