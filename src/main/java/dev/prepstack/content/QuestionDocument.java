package dev.prepstack.content;

import java.time.LocalDate;
import java.util.List;

/** One validated question file of the bank, with its answer already rendered to safe HTML. */
public record QuestionDocument(
        String sourcePath,
        String slug,
        String title,
        List<String> aliases,
        Kind kind,
        String topic,
        List<String> topics,
        Level level,
        List<String> tags,
        LocalDate updated,
        String summary,
        List<String> keyPoints,
        List<String> followUps,
        List<Misconception> misconceptions,
        List<String> related,
        List<String> previousSlugs,
        String answerMarkdown,
        String answerHtml,
        int wordCount,
        String contentHash) {

    public QuestionDocument withRelated(List<String> resolved) {
        return new QuestionDocument(
                sourcePath,
                slug,
                title,
                aliases,
                kind,
                topic,
                topics,
                level,
                tags,
                updated,
                summary,
                keyPoints,
                followUps,
                misconceptions,
                resolved,
                previousSlugs,
                answerMarkdown,
                answerHtml,
                wordCount,
                contentHash);
    }
}
