package dev.prepstack.editorial;

import dev.prepstack.account.AccountUser;
import dev.prepstack.account.Role;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import dev.prepstack.shared.TooManyRequestsException;
import dev.prepstack.shared.UserText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editorial workflow, one method per use case: suggest a change, list one's suggestions, work
 * the editors' queue, review a suggestion side by side, accept (publish a revision) or reject it,
 * edit a question directly. What the revisions tell everyone (history, export, a learner's
 * "changed since your last review") is {@link RevisionHistory}.
 */
@Service
public class Editorial {

    static final int MAX_NOTE = 2000;
    static final int MAX_REPLY = 2000;
    static final int MAX_CHANGE_SUMMARY = 300;
    static final int MAX_CREDIT = 120;
    private static final Pattern URL = Pattern.compile("^https?://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s<>\"]*)?$");

    private final SuggestionStore suggestions;
    private final RevisionPublisher publisher;
    private final Conflicts conflicts;
    private final NewQuestions newQuestions;
    private final Catalog catalog;
    private final QuestionFiles files;
    private final EditorialProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Editorial(
            SuggestionStore suggestions,
            RevisionPublisher publisher,
            Conflicts conflicts,
            NewQuestions newQuestions,
            Catalog catalog,
            QuestionFiles files,
            EditorialProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.suggestions = suggestions;
        this.publisher = publisher;
        this.conflicts = conflicts;
        this.newQuestions = newQuestions;
        this.catalog = catalog;
        this.files = files;
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

    /**
     * An editor's decision to publish: the fields as edited (null keeps the suggestion's), why, a
     * reply, and for a new question the slug (null makes one from the title).
     */
    public record Acceptance(QuestionFields edited, String changeSummary, String reply, String slug) {

        public Acceptance(QuestionFields edited, String changeSummary, String reply) {
            this(edited, changeSummary, reply, null);
        }
    }

    /** What an editor sees of one suggestion: the question as served now and the diff of every field. */
    public record Review(
            Suggestion suggestion,
            String questionSlug,
            QuestionFields current,
            List<FieldDiff> diffs,
            String conflict) {

        /** The suggestion's fields, with those it does not give taken from the question as served. */
        public QuestionFields proposed() {
            return questionSlug == null
                    ? suggestion.fields()
                    : suggestion.fields().over(current);
        }
    }

    /** One entry of the queue. */
    public record QueueItem(Suggestion suggestion, String questionSlug, String questionTitle, String topic) {}

    public record QueuePage(List<QueueItem> items, int page, int size, long total) {}

    /** Thrown when the question got a new revision between reading it and publishing on top of it. */
    public static final class StaleEdit extends RuntimeException {
        StaleEdit() {
            super("The question changed while you were editing it: review it again against the new version");
        }
    }

    // ---- readers

    public Suggestion suggest(AccountUser user, SuggestCommand command) {
        SuggestionKind kind = SuggestionKind.fromSlug(command.kind())
                .orElseThrow(() -> new InvalidParameterException(
                        "kind", "must be one of typo, factual, outdated, unclear, missing-point, new-question"));
        Long questionId = null;
        String topic = null;
        QuestionFields fields = FieldChecks.checked(command.fields());
        if (kind == SuggestionKind.NEW_QUESTION) {
            topic = newQuestions.topic(command.topic());
        } else {
            Question q = liveQuestion(command.questionSlug(), "questionSlug");
            questionId = q.id();
            fields = fields.over(QuestionFields.of(q));
            if (fields.equals(QuestionFields.of(q))) {
                throw new InvalidParameterException("fields", "nothing changed: edit the fields you want to change");
            }
        }
        String source = FieldChecks.text(command.sourceUrl(), 500, "sourceUrl");
        if (source != null && !URL.matcher(source).matches()) {
            throw new InvalidParameterException("sourceUrl", "must be an http or https address");
        }
        if (kind.needsSource() && source == null) {
            throw new InvalidParameterException("sourceUrl", "a factual or outdated claim needs a source link");
        }
        String note = FieldChecks.text(command.note(), MAX_NOTE, "note");
        String credit = FieldChecks.text(command.creditName(), MAX_CREDIT, "creditName");
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
        var filter = new SuggestionStore.QueueFilter(topic, ids, k, before);
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
        return new Review(
                s, q.slug(), current, FieldDiff.between(current, s.fields().over(current)), conflicts.message(q.id()));
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
        QuestionFields fields = acceptance.edited() == null ? s.fields() : FieldChecks.checked(acceptance.edited());
        String summary =
                FieldChecks.changeSummary(acceptance.changeSummary(), s.kind().label());
        String reply = FieldChecks.text(acceptance.reply(), MAX_REPLY, "reply");
        if (s.questionId() == null) {
            String slug = newQuestions.slug(acceptance.slug(), fields.title());
            RevisionPublisher.Prepared prepared = publisher.prepareNew(slug, s.topic(), fields);
            return transactions.execute(tx -> {
                Suggestion locked = suggestions.lock(id).orElseThrow();
                Revision revision =
                        publisher.publishNew(prepared, fields, summary, s.accountId(), s.credit(), editor.id(), s.id());
                suggestions.decide(locked.accept(editor.id(), reply, revision.id(), clock.instant()));
                return revision;
            });
        }
        Question q = catalog.question(s.questionId()).orElseThrow(() -> new NotFoundException("No such question"));
        QuestionFields merged = fields.over(QuestionFields.of(q));
        RevisionPublisher.Prepared prepared = publisher.prepare(q, merged);
        return transactions.execute(tx -> {
            Suggestion locked = suggestions.lock(id).orElseThrow();
            publisher.requireUnchanged(q, prepared);
            Revision revision =
                    publisher.publish(q, prepared, merged, summary, s.accountId(), s.credit(), editor.id(), s.id());
            suggestions.decide(locked.accept(editor.id(), reply, revision.id(), clock.instant()));
            return revision;
        });
    }

    public Suggestion reject(AccountUser editor, long id, String reason) {
        requireEditor(editor);
        String why = FieldChecks.text(reason, MAX_REPLY, "reason");
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
        QuestionFields fields = FieldChecks.checked(edited).over(QuestionFields.of(q));
        String summary = FieldChecks.changeSummary(changeSummary, null);
        if (summary == null) {
            throw new InvalidParameterException("changeSummary", "say what changed (1-300 characters)");
        }
        if (fields.equals(QuestionFields.of(q))) {
            throw new InvalidParameterException("fields", "nothing changed");
        }
        RevisionPublisher.Prepared prepared = publisher.prepare(q, fields);
        String credit = editor.displayName();
        return transactions.execute(tx -> {
            publisher.requireUnchanged(q, prepared);
            return publisher.publish(q, prepared, fields, summary, editor.id(), credit, editor.id(), null);
        });
    }

    /** An editor's new question for a topic, published at once as its revision 1 under a permanent slug. */
    public Revision create(AccountUser editor, String topic, String slug, QuestionFields fields, String changeSummary) {
        requireEditor(editor);
        String where = newQuestions.topic(topic);
        QuestionFields checked = FieldChecks.checked(fields);
        String summary = FieldChecks.changeSummary(changeSummary, "New question");
        String permanent = newQuestions.slug(slug, checked.title());
        RevisionPublisher.Prepared prepared = publisher.prepareNew(permanent, where, checked);
        return transactions.execute(tx ->
                publisher.publishNew(prepared, checked, summary, editor.id(), editor.displayName(), editor.id(), null));
    }

    /** The slug of the question a revision belongs to. */
    public String slugOf(Revision revision) {
        return catalog.question(revision.questionId()).map(Question::slug).orElseThrow();
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
}
