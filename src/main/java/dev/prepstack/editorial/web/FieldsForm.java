package dev.prepstack.editorial.web;

import dev.prepstack.editorial.QuestionFields;

/**
 * A question's editable fields as the editorial forms post them: lists one entry per line (tags
 * comma-separated, follow-ups "question | answer | key point | key point" or
 * "question | see: slug", common mistakes "claim | correction | key point number", sources "title | url").
 * A field the form does not have stays null, which keeps the question's value.
 */
record FieldsForm(
        String title,
        String summary,
        String keyPoints,
        String answerMarkdown,
        String followUps,
        String commonMistakes,
        String sources,
        String tags,
        String level) {

    QuestionFields fields() {
        return new QuestionFields(
                title,
                summary,
                QuestionFields.lines(keyPoints),
                answerMarkdown,
                QuestionFields.followUps(followUps),
                QuestionFields.mistakes(commonMistakes),
                QuestionFields.sourceLinks(sources),
                QuestionFields.commaSeparated(tags),
                level);
    }
}
