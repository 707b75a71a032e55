package dev.prepstack.editorial;

import java.time.Instant;

/**
 * A published version of a question's editable fields, numbered from 1 per question.
 *
 * @param previous the fields it replaced (the shipped file's, for revision 1)
 * @param fileText the whole question file in the bank's format, as the export ships it
 * @param baseHash the content hash of the shipped file this revision was made on top of
 * @param authorCredit the name the author chose, or "a former contributor" once they left
 */
public record Revision(
        long id,
        long questionId,
        int number,
        QuestionFields fields,
        QuestionFields previous,
        String fileText,
        String changeSummary,
        Long authorId,
        String authorCredit,
        Long editorId,
        Long suggestionId,
        String baseHash,
        Instant createdAt) {}
