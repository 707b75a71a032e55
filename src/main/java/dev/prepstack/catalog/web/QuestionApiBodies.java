package dev.prepstack.catalog.web;

import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionSummary;
import dev.prepstack.catalog.Topic;
import java.time.LocalDate;
import java.util.List;

/** The question API's JSON shapes and how the catalog's records map onto them (kept apart from the HTTP mapping). */
final class QuestionApiBodies {

    private QuestionApiBodies() {}

    record TopicResponse(String slug, String name, String description, Counts questionCounts) {}

    record Counts(int fresher, int intermediate, int experienced) {}

    record QuestionItem(
            String slug, String title, String topic, String level, String kind, String summary, LocalDate updatedAt) {}

    record QuestionPage(List<QuestionItem> items, int page, int size, long totalItems, int totalPages) {}

    record QuestionResponse(
            String slug,
            String title,
            List<String> aliases,
            String topic,
            List<String> topics,
            String level,
            String kind,
            List<String> tags,
            String summary,
            String answerMarkdown,
            String answerHtml,
            List<String> keyPoints,
            List<String> followUps,
            List<FollowUpAnswer> followUpAnswers,
            List<CommonMistake> commonMistakes,
            List<SourceLink> sources,
            List<String> related,
            LocalDate verifiedOn,
            LocalDate updatedAt) {}

    /**
     * What answers a follow-up: its own short answer and key points, or the slug of the bank question
     * that answers it ({@code seeSlug}); both null for follow-ups without an answer yet.
     */
    record FollowUpAnswer(String question, String answer, List<String> keyPoints, String seeSlug) {}

    record SourceLink(String title, String url) {}

    /** A wrong claim candidates often make, what is true instead, and the key point (from 0) it concerns. */
    record CommonMistake(String claim, String correction, int keyPoint) {}

    static TopicResponse topic(Topic t) {
        var c = t.questionCounts();
        return new TopicResponse(
                t.slug(), t.name(), t.description(), new Counts(c.fresher(), c.intermediate(), c.experienced()));
    }

    static QuestionItem item(QuestionSummary q) {
        return new QuestionItem(
                q.slug(), q.title(), q.topic(), q.level().slug(), q.kind().slug(), q.summary(), q.updatedAt());
    }

    static QuestionResponse question(Question q) {
        return new QuestionResponse(
                q.slug(),
                q.title(),
                q.aliases(),
                q.topic(),
                q.topics(),
                q.level().slug(),
                q.kind().slug(),
                q.tags(),
                q.summary(),
                q.answerMarkdown(),
                q.answerHtml(),
                q.keyPoints(),
                q.followUpQuestions(),
                q.followUps().stream()
                        .map(f -> new FollowUpAnswer(f.question(), f.answer(), f.keyPoints(), f.see()))
                        .toList(),
                q.misconceptions().stream()
                        .map(m -> new CommonMistake(m.claim(), m.correction(), m.keyPoint()))
                        .toList(),
                q.sources().stream()
                        .map(s -> new SourceLink(s.title(), s.url()))
                        .toList(),
                q.related(),
                q.verifiedOn(),
                q.updatedAt());
    }
}
