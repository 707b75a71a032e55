package dev.prepstack.catalog;

import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.content.Misconception;
import dev.prepstack.content.Source;
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
        List<FollowUp> followUps,
        List<String> related,
        List<Misconception> misconceptions,
        List<Source> sources,
        LocalDate verifiedOn,
        LocalDate updatedAt,
        boolean retired) {

    /** The follow-ups' questions, as an interviewer asks them. */
    public List<String> followUpQuestions() {
        return followUps.stream().map(FollowUp::question).toList();
    }

    public QuestionSummary toSummary() {
        return new QuestionSummary(slug, title, topic, level, kind, summary, updatedAt);
    }
}
