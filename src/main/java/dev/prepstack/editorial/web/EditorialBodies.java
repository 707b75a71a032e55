package dev.prepstack.editorial.web;

import dev.prepstack.editorial.QuestionFields;
import java.util.List;

/**
 * What the editorial API reads. Every body carries a question's editable fields; a field left out
 * (null) keeps the question's current value, so a client may send only what it changes.
 */
final class EditorialBodies {

    private EditorialBodies() {}

    record SuggestBody(
            String questionSlug,
            String topic,
            String kind,
            String title,
            String summary,
            List<String> keyPoints,
            String answerMarkdown,
            List<QuestionFields.FollowUpField> followUps,
            List<QuestionFields.Mistake> commonMistakes,
            List<QuestionFields.SourceLink> sources,
            List<String> tags,
            String level,
            String sourceUrl,
            String note,
            String creditName) {
        QuestionFields fields() {
            return new QuestionFields(
                    title, summary, keyPoints, answerMarkdown, followUps, commonMistakes, sources, tags, level);
        }
    }

    /** The editor's version of a suggestion (all fields null: as the reader sent it); slug only for a new question. */
    record AcceptBody(
            String title,
            String summary,
            List<String> keyPoints,
            String answerMarkdown,
            List<QuestionFields.FollowUpField> followUps,
            List<QuestionFields.Mistake> commonMistakes,
            List<QuestionFields.SourceLink> sources,
            List<String> tags,
            String level,
            String slug,
            String changeSummary,
            String reply) {
        QuestionFields edited() {
            return title == null
                            && summary == null
                            && keyPoints == null
                            && answerMarkdown == null
                            && followUps == null
                            && commonMistakes == null
                            && sources == null
                            && tags == null
                            && level == null
                    ? null
                    : new QuestionFields(
                            title, summary, keyPoints, answerMarkdown, followUps, commonMistakes, sources, tags, level);
        }
    }

    record RejectBody(String reason) {}

    /** An editor's direct edit, or (with topic and optionally slug) a new question. */
    record EditBody(
            String topic,
            String slug,
            String title,
            String summary,
            List<String> keyPoints,
            String answerMarkdown,
            List<QuestionFields.FollowUpField> followUps,
            List<QuestionFields.Mistake> commonMistakes,
            List<QuestionFields.SourceLink> sources,
            List<String> tags,
            String level,
            String changeSummary) {
        QuestionFields fields() {
            return new QuestionFields(
                    title, summary, keyPoints, answerMarkdown, followUps, commonMistakes, sources, tags, level);
        }
    }

    /** How an editor resolves a conflict: take-shipped or keep. */
    record ResolveBody(String resolution) {}
}
