package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.content.Misconception;
import java.time.LocalDate;
import java.util.List;

/** A question with everything a page or API client shows; {@code answerHtml} is already sanitised. */
public record Question(
        long id,
        String slug,
        String title,
        List<String> aliases,
        String topic,
        List<String> topics,
        Level level,
        Kind kind,
        List<String> tags,
        String summary,
        String answerMarkdown,
        String answerHtml,
        List<String> keyPoints,
        List<String> followUps,
        List<String> related,
        List<Misconception> misconceptions,
        LocalDate updatedAt,
        boolean retired) {

    public QuestionSummary toSummary() {
        return new QuestionSummary(slug, title, topic, level, kind, summary, updatedAt);
    }
}
