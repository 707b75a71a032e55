package dev.prepstack.editorial;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.practice.Notebook;
import dev.prepstack.shared.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * What the published revisions tell everyone: a question's history, the export of the revised
 * files for the repository, and a learner's "changed since your last review".
 */
@Service
public class RevisionHistory {

    private final RevisionStore revisions;
    private final RevisionPublisher publisher;
    private final Conflicts conflicts;
    private final Catalog catalog;
    private final Notebook notebook;

    RevisionHistory(
            RevisionStore revisions,
            RevisionPublisher publisher,
            Conflicts conflicts,
            Catalog catalog,
            Notebook notebook) {
        this.revisions = revisions;
        this.publisher = publisher;
        this.conflicts = conflicts;
        this.catalog = catalog;
        this.notebook = notebook;
    }

    /** One revision of a question's history, with its diff against the version before it. */
    public record HistoryEntry(Revision revision, List<FieldDiff> diffs) {}

    public record History(Question question, List<HistoryEntry> entries, String conflict) {}

    /** What changed in a question's key points since the learner last reviewed it. */
    public record ChangeNote(Instant lastReviewed, List<Revision> revisions, FieldDiff keyPoints) {}

    public History history(String slug) {
        Question q = catalog.question(slug).orElseThrow(() -> new NotFoundException("No such question"));
        List<HistoryEntry> entries = revisions.ofQuestion(q.id()).stream()
                .map(r -> new HistoryEntry(r, FieldDiff.between(r.previous(), r.fields())))
                .toList();
        return new History(q, entries, conflicts.message(q.id()));
    }

    /**
     * The Markdown files of every question whose served version is an editorial revision, in the
     * bank's format and folders, zipped: what a maintainer copies over {@code content/} and commits.
     */
    public byte[] export() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Revision r : revisions.latestOfEach()) {
                if (!publisher.served(r)) {
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
     * The learner's choice on a card whose key points changed since their last review: the card's
     * schedule is forgotten, so it comes back as new. Wording-only changes never offer it (their
     * schedule carries on); the learner's notes and answer history are not touched. Returns the
     * change acted on (afterwards there is none: the card is new).
     */
    public ChangeNote reviewAsNew(long accountId, String slug) {
        ChangeNote note = changesSinceReview(accountId, slug)
                .orElseThrow(() ->
                        new NotFoundException("The key points of this question did not change since your last review"));
        notebook.resetCard(accountId, slug);
        return note;
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
        // A card reviewed as new has no schedule left to question: the note has done its work.
        if (last.isEmpty() || !notebook.scheduled(accountId, q.id())) {
            return Optional.empty();
        }
        List<Revision> since = revisions.ofQuestion(q.id()).stream()
                .filter(r -> r.createdAt().isAfter(last.get()))
                .filter(publisher::served)
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
}
