package dev.prepstack.editorial;

import dev.prepstack.account.AccountUser;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionEditions;
import dev.prepstack.shared.ForbiddenException;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule when the shipped bank and the editors disagree. A revised question keeps serving its
 * latest revision while its shipped file is the one the revision was based on (same content hash);
 * once a different shipped file is synced, the file wins. If the file then differs from the revision,
 * that is a conflict: editors see it (shipped against editorial, field by field) until one of them
 * takes the shipped file or keeps the revision, which publishes it again on top of the new file.
 */
@Service
public class Conflicts {

    private final RevisionStore revisions;
    private final RevisionPublisher publisher;
    private final QuestionEditions editions;
    private final Catalog catalog;
    private final TransactionTemplate transactions;

    Conflicts(
            RevisionStore revisions,
            RevisionPublisher publisher,
            QuestionEditions editions,
            Catalog catalog,
            TransactionTemplate transactions) {
        this.revisions = revisions;
        this.publisher = publisher;
        this.editions = editions;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    /** A question whose newer shipped file displaced its revision: {@code diffs} go from shipped to editorial. */
    public record Conflict(String slug, String title, Revision revision, List<FieldDiff> diffs) {}

    public List<Conflict> list(AccountUser editor) {
        requireEditor(editor);
        return revisions.latestOfEach().stream().flatMap(r -> of(r).stream()).toList();
    }

    /** The sentence the history and the review show while the question is in conflict; null when it is not. */
    String message(long questionId) {
        return revisions
                .latest(questionId)
                .flatMap(this::of)
                .map(c -> "The shipped file of this question changed after revision "
                        + c.revision().number()
                        + " was published, so the shipped version is served again. Editors compare the two in the"
                        + " queue's conflicts and take the shipped file or keep the revision.")
                .orElse(null);
    }

    /** Resolves by taking the shipped file: the revision stays in the history, the file stays served. */
    public void takeShipped(AccountUser editor, String slug) {
        requireEditor(editor);
        Conflict c = conflict(slug);
        String hash = editions.edition(c.revision().questionId())
                .map(QuestionEditions.Edition::shippedHash)
                .orElseThrow();
        revisions.resolve(c.revision().id(), hash);
    }

    /** Resolves by keeping the revision: publishes its fields again, re-based on the shipped file now served. */
    public Revision keep(AccountUser editor, String slug) {
        requireEditor(editor);
        Conflict c = conflict(slug);
        Question q = catalog.question(c.revision().questionId()).orElseThrow();
        QuestionFields fields = c.revision().fields().over(QuestionFields.of(q));
        RevisionPublisher.Prepared prepared = publisher.prepare(q, fields);
        String summary = "Revision " + c.revision().number() + " kept over the changed shipped file";
        return transactions.execute(tx -> {
            publisher.requireUnchanged(q, prepared);
            return publisher.publish(
                    q,
                    prepared,
                    fields,
                    summary,
                    c.revision().authorId(),
                    c.revision().authorCredit(),
                    editor.id(),
                    c.revision().suggestionId());
        });
    }

    private Conflict conflict(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 80) {
            throw new InvalidParameterException("slug", "name a question of the bank");
        }
        Question q = catalog.question(slug).orElseThrow(() -> new NotFoundException("No such question"));
        return revisions
                .latest(q.id())
                .flatMap(this::of)
                .orElseThrow(() -> new NotFoundException("This question has no conflict to resolve"));
    }

    private Optional<Conflict> of(Revision r) {
        if (publisher.served(r)) {
            return Optional.empty();
        }
        Optional<Question> q = catalog.question(r.questionId()).filter(x -> !x.retired());
        String shippedHash = editions.edition(r.questionId())
                .map(QuestionEditions.Edition::shippedHash)
                .orElse(null);
        if (q.isEmpty()
                || Objects.equals(shippedHash, revisions.resolvedHash(r.id()).orElse(null))) {
            return Optional.empty();
        }
        QuestionFields shipped = QuestionFields.of(q.get());
        QuestionFields editorial = r.fields().over(shipped);
        if (editorial.equals(shipped)) {
            // The maintainers committed the revision (or made the same change): nothing to resolve.
            return Optional.empty();
        }
        return Optional.of(new Conflict(q.get().slug(), q.get().title(), r, FieldDiff.between(shipped, editorial)));
    }

    private static void requireEditor(AccountUser user) {
        if (!Editorial.isEditor(user)) {
            throw new ForbiddenException("Only editors resolve conflicts");
        }
    }
}
