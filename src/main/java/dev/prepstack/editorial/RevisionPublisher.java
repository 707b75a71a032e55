package dev.prepstack.editorial;

import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionEditions;
import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.content.Misconception;
import dev.prepstack.content.QuestionDocument;
import dev.prepstack.content.QuestionFiles;
import dev.prepstack.content.Source;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        var frame = new Frame(
                q.slug(), q.kind(), q.topic(), q.topics(), q.aliases(), q.related(), q.verifiedOn(), previousSlugs);
        int baseRevision = revisions.latest(q.id()).map(Revision::number).orElse(0);
        return validated(draft(frame, q.followUps(), q.level(), fields), baseRevision);
    }

    /** A new question's file: a technical question of {@code topic}, verified today by the editor accepting it. */
    Prepared prepareNew(String slug, String topic, QuestionFields fields) {
        var frame = new Frame(slug, Kind.TECHNICAL, topic, List.of(), List.of(), List.of(), files.today(), List.of());
        return validated(draft(frame, List.of(), Level.INTERMEDIATE, fields), 0);
    }

    /** What a revision keeps of the question's file: everything but the editable fields. */
    private record Frame(
            String slug,
            Kind kind,
            String topic,
            List<String> topics,
            List<String> aliases,
            List<String> related,
            LocalDate verified,
            List<String> previousSlugs) {}

    private QuestionDocument draft(Frame frame, List<FollowUp> followUps, Level level, QuestionFields fields) {
        // A follow-up keeps its answer (or its link to a bank question) while its question stays the same.
        Map<String, FollowUp> known = new HashMap<>();
        followUps.forEach(f -> known.put(f.question(), f));
        return new QuestionDocument(
                QuestionFiles.pathOf(frame.kind(), frame.topic(), frame.slug()),
                frame.slug(),
                fields.title(),
                frame.aliases(),
                frame.kind(),
                frame.topic(),
                frame.topics(),
                Level.fromSlug(fields.level()).orElse(level),
                fields.tags() == null ? List.of() : fields.tags(),
                files.today(),
                fields.summary(),
                fields.keyPoints(),
                fields.followUps() == null
                        ? followUps
                        : fields.followUps().stream()
                                .map(f -> f.questionAlone()
                                        ? known.getOrDefault(f.question(), FollowUp.questionOnly(f.question()))
                                        : new FollowUp(f.question(), f.answer(), f.keyPoints(), f.see()))
                                .toList(),
                fields.commonMistakes() == null
                        ? List.of()
                        : fields.commonMistakes().stream()
                                .map(m -> new Misconception(m.claim(), m.correction(), m.point() - 1))
                                .toList(),
                fields.sources() == null
                        ? List.of()
                        : fields.sources().stream()
                                .map(l -> new Source(l.title(), l.url()))
                                .toList(),
                frame.verified(),
                frame.related(),
                frame.previousSlugs(),
                fields.answerMarkdown(),
                "",
                0,
                "");
    }

    private Prepared validated(QuestionDocument draft, int baseRevision) {
        String text = QuestionFiles.write(draft);
        var validation = files.validate(draft.sourcePath(), text);
        // The bank also refuses a follow-up that nothing answers (ContentBankTest); the file format alone takes it.
        List<String> reasons = new ArrayList<>(validation.valid() ? List.of() : validation.reasons());
        draft.followUps().stream()
                .filter(f -> !f.isAnswered())
                .map(f -> "follow_ups: \"" + f.question() + "\" needs an answer of 2-4 sentences with 2-3 key points"
                        + " (\"question | answer | key point | key point\") or \"see: slug\" of a bank question")
                .forEach(reasons::add);
        if (!reasons.isEmpty()) {
            throw new ValidatorRefusal(reasons);
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

    /** Creates the question in the catalog and stores its first revision; the catalog serves it at once. */
    Revision publishNew(
            Prepared prepared,
            QuestionFields fields,
            String summary,
            Long authorId,
            String credit,
            long editorId,
            Long suggestionId) {
        long questionId = editions.create(prepared.document());
        var empty = new QuestionFields("", "", List.of(), "");
        return revisions.insert(new Revision(
                0,
                questionId,
                0,
                fields,
                empty,
                prepared.fileText(),
                summary,
                authorId,
                credit,
                editorId,
                suggestionId,
                "",
                clock.instant()));
    }

    /** Whether the catalog still serves this revision (or a later one) rather than a newer shipped file. */
    boolean served(Revision r) {
        return editions.edition(r.questionId())
                .map(e -> e.servedRevision().isPresent() && e.servedRevision().getAsInt() >= r.number())
                .orElse(false);
    }
}
