package dev.prepstack.editorial.web;

import dev.prepstack.editorial.Editorial;
import dev.prepstack.editorial.FieldDiff;
import dev.prepstack.editorial.QuestionFields;
import dev.prepstack.editorial.Revision;
import dev.prepstack.editorial.Suggestion;
import java.util.List;

/** What the API shows of the editorial workflow: never account ids of other people. */
final class EditorialViews {

    private EditorialViews() {}

    record SuggestionView(
            long id,
            Long questionId,
            String topic,
            String kind,
            QuestionFields fields,
            String sourceUrl,
            String note,
            String creditName,
            String status,
            String editorReply,
            Long revisionId,
            String createdAt,
            String decidedAt) {}

    record QueueItemView(
            long id, String kind, String questionSlug, String questionTitle, String topic, String createdAt) {}

    record ReviewView(
            SuggestionView suggestion,
            String questionSlug,
            QuestionFields current,
            List<FieldDiff> diffs,
            String conflict) {}

    record RevisionView(
            int number,
            String changeSummary,
            String authorCredit,
            String createdAt,
            QuestionFields fields,
            List<FieldDiff> diffs) {}

    static SuggestionView suggestion(Suggestion s) {
        return new SuggestionView(
                s.id(),
                s.questionId(),
                s.topic(),
                s.kind().slug(),
                s.fields(),
                s.sourceUrl(),
                s.note(),
                s.creditName(),
                s.status().slug(),
                s.editorReply(),
                s.revisionId(),
                s.createdAt().toString(),
                s.decidedAt() == null ? null : s.decidedAt().toString());
    }

    static QueueItemView queueItem(Editorial.QueueItem i) {
        return new QueueItemView(
                i.suggestion().id(),
                i.suggestion().kind().slug(),
                i.questionSlug(),
                i.questionTitle(),
                i.topic(),
                i.suggestion().createdAt().toString());
    }

    static ReviewView review(Editorial.Review r) {
        return new ReviewView(suggestion(r.suggestion()), r.questionSlug(), r.current(), r.diffs(), r.conflict());
    }

    static RevisionView revision(Revision r, List<FieldDiff> diffs) {
        return new RevisionView(
                r.number(), r.changeSummary(), r.authorCredit(), r.createdAt().toString(), r.fields(), diffs);
    }
}
