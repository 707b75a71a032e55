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
 * The report at the end of a mock interview: the evaluator's feedback per question and per
 * follow-up, the time each took, lateness, an overall score and where the candidate is strong or
 * weak by topic.
 *
 * <p>How follow-ups count: a question's score is its main answer's, moved by its scored follow-ups
 * ({@link #questionScore}); the overall and topic scores are means of question scores. Follow-ups
 * without a rubric (the LLM coach's) and unanswered ones are shown but not counted.
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

    /**
     * How much a question's scored follow-ups weigh in its score, together (their mean), against
     * the main answer's {@code 1 - FOLLOW_UP_SHARE}. A follow-up probes the same question in a
     * fraction of its time and on 2-3 key points where the main answer has 3-8, so it should move
     * the question's score, not outweigh the answer it follows. The share does not grow with the
     * number of follow-ups, and every question keeps weighing the same in the overall and topic
     * scores, so a question that got two follow-ups, one, or only the coach's unscored one is on
     * the same scale and interviews stay comparable with each other and with those finished before
     * follow-ups were scored.
     *
     * <p>Only answered follow-ups count. The follow-ups are chosen together but the interview page
     * shows them one at a time, so a candidate who ran out of time or finished early may never have
     * seen an unanswered one; the main answer's score already carries a question left unanswered.
     */
    public static final double FOLLOW_UP_SHARE = 0.3;

    /**
     * @param answerScore the main answer's score
     * @param followUpScore the mean of the scored follow-ups, null when none was scored
     * @param score the question's score: the main answer's, with the scored follow-ups weighing
     *     {@link #FOLLOW_UP_SHARE}; what the topic and overall scores and {@code weak} are made of
     */
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
            int answerScore,
            Integer followUpScore,
            int score,
            Feedback feedback,
            List<FollowUpResult> followUps,
            boolean weak) {}

    /**
     * One follow-up: what was asked and answered, and how it was scored.
     *
     * @param status {@code scored}; {@code unanswered} (it has a model answer but no answer was
     *     saved: not counted); {@code no-rubric} (the LLM coach asked it about what the candidate
     *     said, so there is no model answer to score it against); {@code finished-before-scoring}
     *     (the interview finished before follow-ups were scored)
     * @param score the evaluator's score when {@code scored}, else null
     * @param feedback the evaluator's feedback (key points covered or missed) when {@code scored}
     * @param modelAnswer the follow-up's short answer, or the summary of the bank question it points
     *     to; null without a rubric
     * @param seeSlug the bank question that answers it and scored it, or null
     * @param seeTitle that question's title, or null
     */
    public record FollowUpResult(
            int index,
            String question,
            String answer,
            boolean late,
            String status,
            Integer score,
            Feedback feedback,
            String modelAnswer,
            String seeSlug,
            String seeTitle) {

        public boolean scored() {
            return "scored".equals(status);
        }

        /** How many of the rubric's key points the answer covered; 0 when not scored. */
        public int coveredPoints() {
            return feedback == null
                    ? 0
                    : (int) feedback.keyPoints().stream()
                            .filter(Feedback.KeyPointResult::covered)
                            .count();
        }

        public int totalPoints() {
            return feedback == null ? 0 : feedback.keyPoints().size();
        }
    }

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
            QuestionResult result = result(item, topicNames);
            int[] sum = byTopic.computeIfAbsent(groupOf(item), k -> new int[2]);
            sum[0] += result.score();
            sum[1]++;
            Instant saved = item.lastSaved();
            if (saved != null && (lastSave == null || saved.isAfter(lastSave))) {
                lastSave = saved;
            }
            results.add(result);
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
                        .allMatch(r -> (r.feedback() == null
                                        || r.feedback().semantic()
                                        || r.answer().isBlank())
                                && r.followUps().stream()
                                        .allMatch(u -> u.feedback() == null
                                                || u.feedback().semantic())),
                List.copyOf(results),
                List.copyOf(topics),
                results.stream()
                        .filter(QuestionResult::weak)
                        .map(QuestionResult::slug)
                        .toList());
    }

    /**
     * A question's score: the main answer's alone when no follow-up was scored, else the main
     * answer's weighing {@code 1 - FOLLOW_UP_SHARE} and the follow-ups' mean {@link #FOLLOW_UP_SHARE}.
     */
    static int questionScore(int answerScore, List<Integer> followUpScores) {
        if (followUpScores.isEmpty()) {
            return answerScore;
        }
        double followUps =
                followUpScores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return (int) Math.round((1 - FOLLOW_UP_SHARE) * answerScore + FOLLOW_UP_SHARE * followUps);
    }

    /** The score of an evaluated item of an interview, as the report counts it. */
    static int questionScore(MockInterview.Item item) {
        return questionScore(item.feedback(), item.followUpScores());
    }

    /**
     * @param answer the main answer's feedback, null when it was not evaluated
     * @param followUps how the follow-ups were scored, null when they were not
     */
    static int questionScore(Feedback answer, List<FollowUpScore> followUps) {
        List<Integer> scored = followUps == null
                ? List.of()
                : followUps.stream()
                        .map(FollowUpScore::score)
                        .filter(Objects::nonNull)
                        .toList();
        return questionScore(answer == null ? 0 : answer.score(), scored);
    }

    /** One question's result: its answer's score, its follow-ups' and the question's as the report counts it. */
    private static QuestionResult result(MockInterview.Item item, Map<String, String> topicNames) {
        Feedback f = item.feedback();
        int answerScore = f == null ? 0 : f.score();
        List<FollowUpResult> followUps = followUpResults(item);
        List<Integer> followUpScores = followUps.stream()
                .filter(FollowUpResult::scored)
                .map(FollowUpResult::score)
                .toList();
        int score = questionScore(answerScore, followUpScores);
        String group = groupOf(item);
        String name = item.topic() == null ? item.kind().label() : topicNames.getOrDefault(group, group);
        return new QuestionResult(
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
                answerScore,
                followUpScores.isEmpty() ? null : mean(followUpScores),
                score,
                f,
                followUps,
                score < WEAK_SCORE);
    }

    private static List<FollowUpResult> followUpResults(MockInterview.Item item) {
        List<FollowUpResult> out = new ArrayList<>();
        for (int i = 0; i < item.followUps().size(); i++) {
            int index = i + 1;
            String question = item.followUps().get(i);
            String answer = item.answerText(index);
            boolean late = item.answer(index).map(MockInterview.Answer::late).orElse(false);
            FollowUpScore s = item.followUpScores() == null
                    ? null
                    : item.followUpScores().stream()
                            .filter(x -> x.index() == index)
                            .findFirst()
                            .orElse(null);
            if (s == null) {
                // Kept before follow-ups were scored: shown as they were, with no score.
                out.add(new FollowUpResult(
                        index, question, answer, late, "finished-before-scoring", null, null, null, null, null));
                continue;
            }
            String status = switch (s.status()) {
                case SCORED -> "scored";
                case UNANSWERED -> "unanswered";
                case NO_RUBRIC -> "no-rubric";
            };
            out.add(new FollowUpResult(
                    index,
                    question,
                    answer,
                    late,
                    status,
                    s.score(),
                    s.status() == FollowUpScore.Status.SCORED ? s.feedback() : null,
                    s.modelAnswer(),
                    s.see(),
                    s.seeTitle()));
        }
        return List.copyOf(out);
    }

    private static int mean(List<Integer> scores) {
        return Math.round((float) scores.stream().mapToInt(Integer::intValue).sum() / scores.size());
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
