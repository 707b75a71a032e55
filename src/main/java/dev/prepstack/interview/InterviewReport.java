package dev.prepstack.interview;

import dev.prepstack.content.Kind;
import dev.prepstack.feedback.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report at the end of a mock interview: the evaluator's feedback per question, the time each
 * took, lateness, an overall score and where the candidate is strong or weak by topic.
 *
 * @param role the career role's slug, or null for a custom selection
 * @param timeUsedSeconds from the start to the last saved answer
 * @param weakQuestions slugs of the questions scored below {@link #WEAK_SCORE}
 */
public record InterviewReport(
        long id,
        String role,
        String roleName,
        String seniority,
        Instant startedAt,
        Instant finishedAt,
        int score,
        int timeLimitSeconds,
        long timeUsedSeconds,
        int lateQuestions,
        boolean semantic,
        List<QuestionResult> questions,
        List<TopicResult> topics,
        List<String> weakQuestions) {

    /** Below this a question counts as weak and is offered for practice. */
    public static final int WEAK_SCORE = 60;

    /** A topic averaging this or more is a strength. */
    public static final int STRENGTH_SCORE = 70;

    /** A topic averaging below this is a gap. */
    public static final int GAP_SCORE = 50;

    public record QuestionResult(
            int position,
            String slug,
            String title,
            String kind,
            String topic,
            String topicName,
            int timeLimitSeconds,
            Instant dueAt,
            Long timeUsedSeconds,
            boolean late,
            long lateBySeconds,
            String answer,
            int score,
            Feedback feedback,
            List<FollowUpResult> followUps,
            boolean weak) {}

    public record FollowUpResult(int index, String question, String answer, boolean late) {}

    /** @param verdict {@code strength}, {@code fair} or {@code gap} */
    public record TopicResult(String topic, String name, int score, int questions, String verdict) {}

    /**
     * Builds the report of a finished interview.
     *
     * @param topicNames display names by topic slug (behavioral and system design are named here)
     */
    static InterviewReport of(MockInterview interview, String roleName, Map<String, String> topicNames) {
        if (!interview.finished()) {
            throw new IllegalStateException("interview " + interview.id() + " is not finished");
        }
        List<QuestionResult> results = new ArrayList<>();
        Map<String, int[]> byTopic = new LinkedHashMap<>();
        Instant lastSave = null;
        for (MockInterview.Item item : interview.questions()) {
            Feedback f = item.feedback();
            int score = f == null ? 0 : f.score();
            String group = groupOf(item);
            String name = item.topic() == null ? item.kind().label() : topicNames.getOrDefault(group, group);
            int[] sum = byTopic.computeIfAbsent(group, k -> new int[2]);
            sum[0] += score;
            sum[1]++;
            List<FollowUpResult> followUps = new ArrayList<>();
            for (int i = 0; i < item.followUps().size(); i++) {
                int index = i + 1;
                followUps.add(new FollowUpResult(
                        index,
                        item.followUps().get(i),
                        item.answerText(index),
                        item.answer(index).map(MockInterview.Answer::late).orElse(false)));
            }
            Instant saved = item.lastSaved();
            if (saved != null && (lastSave == null || saved.isAfter(lastSave))) {
                lastSave = saved;
            }
            results.add(new QuestionResult(
                    item.position(),
                    item.slug(),
                    item.title(),
                    item.kind().slug(),
                    item.topic(),
                    name,
                    item.timeLimitSeconds(),
                    item.dueAt(),
                    item.timeUsedSeconds(),
                    item.late(),
                    item.lateBySeconds(),
                    item.answerText(0),
                    score,
                    f,
                    List.copyOf(followUps),
                    score < WEAK_SCORE));
        }
        List<TopicResult> topics = new ArrayList<>();
        byTopic.forEach((group, sum) -> {
            int average = Math.round((float) sum[0] / sum[1]);
            String name = results.stream()
                    .filter(r -> group.equals(r.topic() == null ? r.kind() : r.topic()))
                    .map(QuestionResult::topicName)
                    .findFirst()
                    .orElse(group);
            String verdict = average >= STRENGTH_SCORE ? "strength" : average < GAP_SCORE ? "gap" : "fair";
            topics.add(new TopicResult(group, name, average, sum[1], verdict));
        });
        Instant end = lastSave != null ? lastSave : interview.finishedAt();
        return new InterviewReport(
                interview.id(),
                interview.role(),
                roleName,
                interview.seniority() == null ? null : interview.seniority().slug(),
                interview.startedAt(),
                interview.finishedAt(),
                Objects.requireNonNullElse(interview.score(), overall(results)),
                interview.timeLimitSeconds(),
                Math.max(0, Duration.between(interview.startedAt(), end).toSeconds()),
                (int) results.stream().filter(QuestionResult::late).count(),
                results.stream()
                        .allMatch(r -> r.feedback() == null
                                || r.feedback().semantic()
                                || r.answer().isBlank()),
                List.copyOf(results),
                List.copyOf(topics),
                results.stream()
                        .filter(QuestionResult::weak)
                        .map(QuestionResult::slug)
                        .toList());
    }

    /** The overall score: the mean of the questions' scores, each question weighing the same. */
    static int overall(List<QuestionResult> results) {
        return results.isEmpty()
                ? 0
                : Math.round(
                        (float) results.stream().mapToInt(QuestionResult::score).sum() / results.size());
    }

    static int overallOf(List<Integer> scores) {
        return scores.isEmpty()
                ? 0
                : Math.round((float) scores.stream().mapToInt(Integer::intValue).sum() / scores.size());
    }

    private static String groupOf(MockInterview.Item item) {
        return item.topic() != null && item.kind() != Kind.BEHAVIORAL && item.kind() != Kind.SYSTEM_DESIGN
                ? item.topic()
                : item.kind().slug();
    }

    public List<TopicResult> strengths() {
        return topics.stream().filter(t -> t.verdict().equals("strength")).toList();
    }

    public List<TopicResult> gaps() {
        return topics.stream().filter(t -> t.verdict().equals("gap")).toList();
    }
}
