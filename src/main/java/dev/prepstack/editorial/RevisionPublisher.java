package dev.prepstack.editorial;

import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionEditions;
import dev.prepstack.content.QuestionDocument;
import dev.prepstack.content.QuestionFiles;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns changed fields into a revision the catalog serves: writes the question's file in the bank's
 * format, validates it by the bank's rules, stores the revision and publishes it through the catalog.
 */
@Component
class RevisionPublisher {

    private final RevisionStore revisions;
    private final QuestionEditions editions;
    private final QuestionFiles files;
    private final Clock clock;

    RevisionPublisher(RevisionStore revisions, QuestionEditions editions, QuestionFiles files, Clock clock) {
        this.revisions = revisions;
        this.editions = editions;
        this.files = files;
        this.clock = clock;
    }

    /** The file made from the question as served, and the revision it was served as (0: the shipped file). */
    record Prepared(QuestionDocument document, String fileText, int baseRevision) {}

    /**
     * Refuses to publish on top of a version that is no longer the latest: two editors accepting
     * changes of one question at once must not silently undo each other's.
     */
    void requireUnchanged(Question q, Prepared prepared) {
        int latest = revisions.latest(q.id()).map(Revision::number).orElse(0);
        if (latest != prepared.baseRevision()) {
            throw new Editorial.StaleEdit();
        }
    }

    /** The question's file with the new fields, validated by the bank's own rules. */
    Prepared prepare(Question q, QuestionFields fields) {
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

    Revision publish(
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
    boolean served(Revision r) {
        return editions.edition(r.questionId())
                .map(e -> e.servedRevision().isPresent() && e.servedRevision().getAsInt() >= r.number())
                .orElse(false);
    }

    /**
     * The content sync rule's visible side: when the shipped file changed after the latest revision
     * was made on top of it, the file is served and the editor is told.
     */
    String conflict(long questionId) {
        return revisions
                .latest(questionId)
                .filter(r -> !served(r))
                .map(r -> "The shipped file of this question changed after revision " + r.number()
                        + " was published, so the shipped version is served again. Compare it with the"
                        + " revision below and edit the question to bring the change back if it still applies.")
                .orElse(null);
    }
}
