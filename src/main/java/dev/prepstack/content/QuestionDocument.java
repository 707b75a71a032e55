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
        List<FollowUp> followUps,
        List<Misconception> misconceptions,
        List<Source> sources,
        LocalDate verified,
        List<String> related,
        List<String> previousSlugs,
        String answerMarkdown,
        String answerHtml,
        int wordCount,
        String contentHash) {

    public QuestionDocument withFollowUps(List<FollowUp> resolved) {
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
                resolved,
                misconceptions,
                sources,
                verified,
                related,
                previousSlugs,
                answerMarkdown,
                answerHtml,
                wordCount,
                contentHash);
    }

    /** The follow-ups' questions, as an interviewer asks them. */
    public List<String> followUpQuestions() {
        return followUps.stream().map(FollowUp::question).toList();
    }

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
                sources,
                verified,
                resolved,
                previousSlugs,
                answerMarkdown,
                answerHtml,
                wordCount,
                contentHash);
    }
}
