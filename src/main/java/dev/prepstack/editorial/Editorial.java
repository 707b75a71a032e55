package dev.prepstack.editorial;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionEditions;
import dev.prepstack.content.QuestionDocument;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.practice.Notebook;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.TooManyRequestsException;
import dev.prepstack.shared.UserText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editorial workflow, one method per use case: suggest a change, list one's suggestions, work
 * the editors' queue, review a suggestion side by side, accept (publish a revision) or reject it,
 * edit a question directly, read a question's history, export the revisions, and tell a learner
 * what changed since their last review.
 */
@Service
public class Editorial {

    static final int MAX_NOTE = 2000;
    static final int MAX_REPLY = 2000;
    static final int MAX_CHANGE_SUMMARY = 300;
    static final int MAX_CREDIT = 120;
    private static final Pattern URL = Pattern.compile("^https?://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s<>\"]*)?$");

    private final SuggestionStore suggestions;
    private final RevisionStore revisions;
    private final Catalog catalog;
    private final QuestionEditions editions;
    private final QuestionFiles files;
    private final Notebook notebook;
    private final EditorialProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Editorial(
            SuggestionStore suggestions,
            RevisionStore revisions,
            Catalog catalog,
            QuestionEditions editions,
            QuestionFiles files,
            Notebook notebook,
            EditorialProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.suggestions = suggestions;
        this.revisions = revisions;
        this.catalog = catalog;
        this.editions = editions;
        this.files = files;
        this.notebook = notebook;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A reader's change, as a form or the API sends it. */
    public record SuggestCommand(
            String questionSlug,
            String topic,
            String kind,
            QuestionFields fields,
            String sourceUrl,
            String note,
            String creditName) {}

    /** An editor's decision to publish: the fields as edited (null keeps the suggestion's), why, and a reply. */
    public record Acceptance(QuestionFields edited, String changeSummary, String reply) {}

    /** What an editor sees of one suggestion: the question as served now and the diff of every field. */
    public record Review(
            Suggestion suggestion,
            String questionSlug,
            QuestionFields current,
            List<FieldDiff> diffs,
            String conflict) {}

    /** One entry of the queue. */
    public record QueueItem(Suggestion suggestion, String questionSlug, String questionTitle, String topic) {}

    public record QueuePage(List<QueueItem> items, int page, int size, long total) {}

    /** One revision of a question's history, with its diff against the version before it. */
    public record HistoryEntry(Revision revision, List<FieldDiff> diffs) {}

    public record History(Question question, List<HistoryEntry> entries, String conflict) {}

    /** What changed in a question's key points since the learner last reviewed it. */
    public record ChangeNote(Instant lastReviewed, List<Revision> revisions, FieldDiff keyPoints) {}

    // ---- readers

    public Suggestion suggest(AccountUser user, SuggestCommand command) {
        SuggestionKind kind = SuggestionKind.fromSlug(command.kind())
                .orElseThrow(() -> new InvalidParameterException(
                        "kind", "must be one of typo, factual, outdated, unclear, missing-point, new-question"));
        Long questionId = null;
        String topic = null;
        QuestionFields fields = checked(command.fields());
        if (kind == SuggestionKind.NEW_QUESTION) {
            topic = command.topic();
            if (topic == null || catalog.topic(topic).isEmpty()) {
                throw new InvalidParameterException("topic", "must be one of the bank's topics");
            }
        } else {
            Question q = liveQuestion(command.questionSlug(), "questionSlug");
            questionId = q.id();
            if (fields.equals(QuestionFields.of(q))) {
                throw new InvalidParameterException("fields", "nothing changed: edit the fields you want to change");
            }
        }
        String source = text(command.sourceUrl(), 500, "sourceUrl");
        if (source != null && !URL.matcher(source).matches()) {
            throw new InvalidParameterException("sourceUrl", "must be an http or https address");
        }
        if (kind.needsSource() && source == null) {
            throw new InvalidParameterException("sourceUrl", "a factual or outdated claim needs a source link");
        }
        String note = text(command.note(), MAX_NOTE, "note");
        String credit = text(command.creditName(), MAX_CREDIT, "creditName");
        Instant now = clock.instant();
        int limit = properties.suggestionsPerDay();
        if (limit > 0 && suggestions.countSince(user.id(), now.minus(Duration.ofDays(1))) >= limit) {
            throw new TooManyRequestsException(Duration.ofHours(1));
        }
        var draft = new Suggestion(
                0,
                user.id(),
                questionId,
                topic,
                kind,
                fields,
                source,
                note,
                credit,
                SuggestionStatus.PENDING,
                null,
                null,
                null,
                now,
                null);
        long id = suggestions.insert(draft);
        return suggestions.find(id).orElseThrow();
    }

    public List<Suggestion> mySuggestions(AccountUser user) {
        return suggestions.ofAccount(user.id());
    }

    /** The author's own suggestion, or any for an editor; others' are not found. */
    public Suggestion suggestion(AccountUser user, long id) {
        return suggestions
                .find(id)
                .filter(s -> s.accountId() == user.id() || isEditor(user))
                .orElseThrow(() -> new NotFoundException("No such suggestion"));
    }

    /** The question's fields as served now: what a suggestion form starts from. */
    public Question questionToSuggestOn(String slug) {
        return liveQuestion(slug, "question");
    }

    /** Renders Markdown as the bank does (escaped, sanitised): the live preview. */
    public String preview(String markdown) {
        if (markdown != null && markdown.length() > QuestionFields.MAX_ANSWER) {
            throw new InvalidParameterException("answerMarkdown", "must be at most 20,000 characters");
        }
        return files.toSafeHtml(UserText.withoutInvisible(markdown), null, null);
    }

    // ---- editors

    /** The question as served now, for an editor's direct edit. */
    public Question questionToEdit(AccountUser editor, String slug) {
        requireEditor(editor);
        return liveQuestion(slug, "slug");
    }

    public static boolean isEditor(AccountUser user) {
        return user != null && (user.has(Role.EDITOR) || user.has(Role.ADMIN));
    }

    public QueuePage queue(AccountUser editor, String topic, String kind, Integer olderThanDays, int page, int size) {
        requireEditor(editor);
        SuggestionKind k = kind == null || kind.isBlank()
                ? null
                : SuggestionKind.fromSlug(kind)
                        .orElseThrow(() -> new InvalidParameterException("kind", "unknown kind"));
        List<Long> ids = null;
        if (topic != null && !topic.isBlank()) {
            ids = List.copyOf(catalog.questionIdsOfTopic(topic));
        }
        if (olderThanDays != null && (olderThanDays < 0 || olderThanDays > 3650)) {
            throw new InvalidParameterException("olderThanDays", "must be 0-3650");
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidParameterException("size", "page from 0, size 1-100");
        }
        Instant before = olderThanDays == null ? null : clock.instant().minus(Duration.ofDays(olderThanDays));
        var filter = new SuggestionStore.QueueFilter(ids, k, before);
        List<QueueItem> items = suggestions.pending(filter, page, size).stream()
                .map(s -> {
                    Optional<Question> q = s.questionId() == null ? Optional.empty() : catalog.question(s.questionId());
                    return new QueueItem(
                            s,
                            q.map(Question::slug).orElse(null),
                            q.map(Question::title).orElse(s.fields().title()),
                            q.map(Question::topic).orElse(s.topic()));
                })
                .toList();
        return new QueuePage(items, page, size, suggestions.countPending(filter));
    }

    public Review review(AccountUser editor, long id) {
        requireEditor(editor);
        Suggestion s = suggestions.find(id).orElseThrow(() -> new NotFoundException("No such suggestion"));
        if (s.questionId() == null) {
            QuestionFields empty = new QuestionFields("", "", List.of(), "");
            return new Review(s, null, empty, FieldDiff.between(empty, s.fields()), null);
        }
        Question q = catalog.question(s.questionId()).orElseThrow(() -> new NotFoundException("No such question"));
        QuestionFields current = QuestionFields.of(q);
        return new Review(s, q.slug(), current, FieldDiff.between(current, s.fields()), conflict(q.id()));
    }

    /**
     * Publishes the suggestion (as the editor edited it) as the question's next revision, once the
     * bank's validator accepts the resulting file; otherwise nothing changes and the reasons are thrown.
     */
    public Revision accept(AccountUser editor, long id, Acceptance acceptance) {
        requireEditor(editor);
        Suggestion s = suggestions.find(id).orElseThrow(() -> new NotFoundException("No such suggestion"));
        if (!s.pending()) {
            throw new Suggestion.AlreadyDecided(s.status());
        }
        if (s.questionId() == null) {
            throw new ValidatorRefusal(
                    List.of("new questions are added to the repository's content/ folder for now: reject with a reply,"
                            + " or write the file from this suggestion"));
        }
        QuestionFields fields = acceptance.edited() == null ? s.fields() : checked(acceptance.edited());
        String summary = changeSummary(acceptance.changeSummary(), s.kind().label());
        String reply = text(acceptance.reply(), MAX_REPLY, "reply");
        Question q = catalog.question(s.questionId()).orElseThrow(() -> new NotFoundException("No such question"));
        Prepared prepared = prepare(q, fields);
        return transactions.execute(tx -> {
            Suggestion locked = suggestions.lock(id).orElseThrow();
            requireUnchanged(q, prepared);
            Revision revision = publish(q, prepared, fields, summary, s.accountId(), s.credit(), editor.id(), s.id());
            suggestions.decide(locked.accept(editor.id(), reply, revision.id(), clock.instant()));
            return revision;
        });
    }

    public Suggestion reject(AccountUser editor, long id, String reason) {
        requireEditor(editor);
        String why = text(reason, MAX_REPLY, "reason");
        if (why == null) {
            throw new InvalidParameterException("reason", "say why, so the reader learns from it");
        }
        return transactions.execute(tx -> {
            Suggestion locked = suggestions.lock(id).orElseThrow(() -> new NotFoundException("No such suggestion"));
            Suggestion rejected = locked.reject(editor.id(), why, clock.instant());
            suggestions.decide(rejected);
            return rejected;
        });
    }

    /** An editor's own change of a question, published at once as its next revision. */
    public Revision edit(AccountUser editor, String slug, QuestionFields edited, String changeSummary) {
        requireEditor(editor);
        Question q = liveQuestion(slug, "slug");
        QuestionFields fields = checked(edited);
        String summary = changeSummary(changeSummary, null);
        if (summary == null) {
            throw new InvalidParameterException("changeSummary", "say what changed (1-300 characters)");
        }
        if (fields.equals(QuestionFields.of(q))) {
            throw new InvalidParameterException("fields", "nothing changed");
        }
        Prepared prepared = prepare(q, fields);
        String credit = editor.displayName();
        return transactions.execute(tx -> {
            requireUnchanged(q, prepared);
            return publish(q, prepared, fields, summary, editor.id(), credit, editor.id(), null);
        });
    }

    // ---- everyone

    public History history(String slug) {
        Question q = catalog.question(slug).orElseThrow(() -> new NotFoundException("No such question"));
        List<HistoryEntry> entries = revisions.ofQuestion(q.id()).stream()
                .map(r -> new HistoryEntry(r, FieldDiff.between(r.previous(), r.fields())))
                .toList();
        return new History(q, entries, conflict(q.id()));
    }

    /**
     * The Markdown files of every question whose served version is an editorial revision, in the
     * bank's format and folders, zipped: what a maintainer copies over {@code content/} and commits.
     */
    public byte[] export() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Revision r : revisions.latestOfEach()) {
                if (!served(r)) {
                    continue;
                }
                Optional<Question> q = catalog.question(r.questionId());
                if (q.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(QuestionFiles.pathOf(
                        q.get().kind(), q.get().topic(), q.get().slug())));
                zip.write(r.fileText().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The key points' diff since the learner last reviewed the question, when revisions published
     * after that review changed them; empty when nothing changed or they never reviewed it.
     */
    public Optional<ChangeNote> changesSinceReview(long accountId, String slug) {
        Question q = catalog.question(slug).orElse(null);
        if (q == null) {
            return Optional.empty();
        }
        Optional<Instant> last = notebook.history(accountId, slug).stream()
                .map(Notebook.PastAnswer::at)
                .max(Comparator.naturalOrder());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<Revision> since = revisions.ofQuestion(q.id()).stream()
                .filter(r -> r.createdAt().isAfter(last.get()))
                .filter(this::served)
                .sorted(Comparator.comparingInt(Revision::number))
                .toList();
        if (since.isEmpty()) {
            return Optional.empty();
        }
        List<String> before = since.getFirst().previous().keyPoints();
        List<String> now = q.keyPoints();
        if (before.equals(now)) {
            return Optional.empty();
        }
        return Optional.of(new ChangeNote(last.get(), since, FieldDiff.of("Key points", before, now)));
    }

    // ---- internals

    /** Thrown when the question got a new revision between reading it and publishing on top of it. */
    public static final class StaleEdit extends RuntimeException {
        StaleEdit() {
            super("The question changed while you were editing it: review it again against the new version");
        }
    }

    /** The file made from the question as served, and the revision it was served as (0: the shipped file). */
    private record Prepared(QuestionDocument document, String fileText, int baseRevision) {}

    /**
     * Refuses to publish on top of a version that is no longer the latest: two editors accepting
     * changes of one question at once must not silently undo each other's.
     */
    private void requireUnchanged(Question q, Prepared prepared) {
        int latest = revisions.latest(q.id()).map(Revision::number).orElse(0);
        if (latest != prepared.baseRevision()) {
            throw new StaleEdit();
        }
    }

    /** The question's file with the new fields, validated by the bank's own rules. */
    private Prepared prepare(Question q, QuestionFields fields) {
        List<String> previousSlugs =
                files.shipped(q.slug()).map(QuestionDocument::previousSlugs).orElse(List.of());
        var draft = new QuestionDocument(
                QuestionFiles.pathOf(q.kind(), q.topic(), q.slug()),
                q.slug(),
                fields.title(),
                q.aliases(),
                q.kind(),
                q.topic(),
                q.topics(),
                q.level(),
                q.tags(),
                files.today(),
                fields.summary(),
                fields.keyPoints(),
                q.followUps(),
                q.misconceptions(),
                q.sources(),
                q.verifiedOn(),
                q.related(),
                previousSlugs,
                fields.answerMarkdown(),
                "",
                0,
                "");
        int baseRevision = revisions.latest(q.id()).map(Revision::number).orElse(0);
        String text = QuestionFiles.write(draft);
        var validation = files.validate(draft.sourcePath(), text);
        if (!validation.valid()) {
            throw new ValidatorRefusal(validation.reasons());
        }
        return new Prepared(validation.document().orElseThrow(), text, baseRevision);
    }

    private Revision publish(
            Question q,
            Prepared prepared,
            QuestionFields fields,
            String summary,
            Long authorId,
            String credit,
            long editorId,
            Long suggestionId) {
        String baseHash = editions.edition(q.id())
                .map(QuestionEditions.Edition::shippedHash)
                .orElseThrow();
        Revision revision = revisions.insert(new Revision(
                0,
                q.id(),
                0,
                fields,
                QuestionFields.of(q),
                prepared.fileText(),
                summary,
                authorId,
                credit,
                editorId,
                suggestionId,
                baseHash,
                clock.instant()));
        editions.publish(q.id(), prepared.document(), revision.number());
        return revision;
    }

    /** Whether the catalog still serves this revision (or a later one) rather than a newer shipped file. */
    private boolean served(Revision r) {
        return editions.edition(r.questionId())
                .map(e -> e.servedRevision().isPresent() && e.servedRevision().getAsInt() >= r.number())
                .orElse(false);
    }

    /**
     * The content sync rule's visible side: when the shipped file changed after the latest revision
     * was made on top of it, the file is served and the editor is told.
     */
    private String conflict(long questionId) {
        return revisions
                .latest(questionId)
                .filter(r -> !served(r))
                .map(r -> "The shipped file of this question changed after revision " + r.number()
                        + " was published, so the shipped version is served again. Compare it with the"
                        + " revision below and edit the question to bring the change back if it still applies.")
                .orElse(null);
    }

    private Question liveQuestion(String slug, String parameter) {
        if (slug == null || slug.isBlank() || slug.length() > 80) {
            throw new InvalidParameterException(parameter, "name a question of the bank");
        }
        return catalog.question(slug)
                .filter(q -> !q.retired())
                .orElseThrow(() -> new NotFoundException("No such question"));
    }

    private static void requireEditor(AccountUser user) {
        if (!isEditor(user)) {
            throw new ForbiddenException("Only editors review suggestions and edit questions");
        }
    }

    /** Size limits and invisible characters; the bank's own rules apply when a change is accepted. */
    private static QuestionFields checked(QuestionFields fields) {
        if (fields == null) {
            throw new InvalidParameterException("title", "is required");
        }
        String title = UserText.clean(fields.title());
        if (title.isEmpty() || title.length() > QuestionFields.MAX_TITLE) {
            throw new InvalidParameterException("title", "must be 1-300 characters");
        }
        String summary = UserText.clean(fields.summary());
        if (summary.length() > QuestionFields.MAX_SUMMARY) {
            throw new InvalidParameterException("summary", "must be at most 1,000 characters");
        }
        List<String> points = new ArrayList<>();
        for (String p : fields.keyPoints()) {
            String clean = UserText.clean(p);
            if (clean.length() > QuestionFields.MAX_KEY_POINT) {
                throw new InvalidParameterException("keyPoints", "each key point must be at most 300 characters");
            }
            if (!clean.isEmpty()) {
                points.add(clean);
            }
        }
        if (points.size() > QuestionFields.MAX_KEY_POINTS) {
            throw new InvalidParameterException("keyPoints", "at most 12 key points");
        }
        if (fields.answerMarkdown().length() > QuestionFields.MAX_ANSWER) {
            throw new InvalidParameterException("answerMarkdown", "must be at most 20,000 characters");
        }
        return new QuestionFields(title, summary, points, UserText.withoutInvisible(fields.answerMarkdown()));
    }

    private static String changeSummary(String text, String fallback) {
        String s = text(text, MAX_CHANGE_SUMMARY, "changeSummary");
        return s != null ? s : fallback;
    }

    private static String text(String value, int max, String parameter) {
        if (value == null) {
            return null;
        }
        String clean = UserText.clean(value);
        if (clean.length() > max) {
            throw new InvalidParameterException(parameter, "must be at most " + max + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }
}
