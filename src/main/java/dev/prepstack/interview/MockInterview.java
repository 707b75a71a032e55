package dev.prepstack.interview;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mock interview as its owner sees it. The schedule is fixed when it starts, like a real
 * interview's: question {@code i} is due when the time of questions {@code 0..i} has passed since
 * {@link #startedAt()}, whether or not anyone has the page open. Time saved on one question is left
 * for the next; an answer saved after its question is due is kept and marked late.
 *
 * @param role the career role's slug, or null for a custom selection
 * @param seniority null for a custom selection
 * @param score the overall score, once finished
 * @param cursor the step the interview page shows: a question and which of its answers (0 the main one)
 * @param shared whether a live share link exists
 */
public record MockInterview(
        long id,
        String role,
        Seniority seniority,
        Instant startedAt,
        Instant finishedAt,
        Integer score,
        List<Item> questions,
        Step cursor,
        boolean shared) {

    /** A step of the interview: a question's main answer ({@code followUp} 0) or one of its follow-ups. */
    public record Step(int position, int followUp) {}

    /**
     * A question of the interview.
     *
     * @param followUpCount how many follow-ups it has room for
     * @param followUps the follow-ups asked, empty until they were chosen (after the main answer)
     * @param openedAt when the candidate moved on to it
     * @param answers by follow-up index, 0 the main answer
     * @param feedback the evaluator's feedback on the main answer, once finished
     * @param followUpScores how each follow-up answer was scored, once finished; null for an interview
     *     that finished before follow-ups were scored
     */
    public record Item(
            int position,
            String slug,
            String title,
            Kind kind,
            Level level,
            String topic,
            int timeLimitSeconds,
            Instant dueAt,
            int followUpCount,
            List<String> followUps,
            boolean followUpsChosen,
            Instant openedAt,
            Map<Integer, Answer> answers,
            Feedback feedback,
            List<FollowUpScore> followUpScores) {

        public Optional<Answer> answer(int followUp) {
            return Optional.ofNullable(answers.get(followUp));
        }

        public String answerText(int followUp) {
            return answer(followUp).map(Answer::text).orElse("");
        }

        /** The rule of the clock: an answer saved after its question is due is late. */
        public boolean lateAt(Instant savedAt) {
            return savedAt.isAfter(dueAt);
        }

        /** From moving on to the question to its last saved answer; null before either. */
        public Long timeUsedSeconds() {
            Instant last = lastSaved();
            if (openedAt == null || last == null) {
                return null;
            }
            return Math.max(0, Duration.between(openedAt, last).toSeconds());
        }

        public Instant lastSaved() {
            return answers.values().stream()
                    .map(Answer::savedAt)
                    .max(Instant::compareTo)
                    .orElse(null);
        }

        public boolean late() {
            return answers.values().stream().anyMatch(Answer::late);
        }

        public long lateBySeconds() {
            Instant last = answers.values().stream()
                    .filter(Answer::late)
                    .map(Answer::savedAt)
                    .max(Instant::compareTo)
                    .orElse(null);
            return last == null ? 0 : Duration.between(dueAt, last).toSeconds();
        }
    }

    /** The newest revision of one answer the server kept. */
    public record Answer(
            int followUp, String text, long revision, Instant firstSavedAt, Instant savedAt, boolean late) {}

    public boolean finished() {
        return finishedAt != null;
    }

    public int timeLimitSeconds() {
        return questions.stream().mapToInt(Item::timeLimitSeconds).sum();
    }

    public Instant endsAt() {
        return startedAt.plusSeconds(timeLimitSeconds());
    }

    public Optional<Item> item(String slug) {
        return questions.stream().filter(q -> q.slug().equals(slug)).findFirst();
    }

    /**
     * The step after {@code from} when the question on screen has {@code followUps} follow-ups: its
     * next follow-up, then the next question. Empty when the interview is over or {@code from} is not
     * the step on screen (a repeated or stale submit), which then changes nothing.
     */
    public Optional<Step> advance(Step from, int followUps) {
        if (finished() || !cursor.equals(from) || current().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                from.followUp() < followUps
                        ? new Step(from.position(), from.followUp() + 1)
                        : new Step(from.position() + 1, 0));
    }

    /** Answers may change only while the interview runs. */
    public void requireRunning() {
        if (finished()) {
            throw new MockInterviews.StateConflict("The interview is finished; answers can no longer change.");
        }
    }

    /** The report exists only once the interview is finished. */
    public void requireFinished(String message) {
        if (!finished()) {
            throw new MockInterviews.StateConflict(message);
        }
    }

    /**
     * Ends a running interview: the step after the last question, where the cursor then stays. A
     * finished interview is not finished again (its report is kept).
     */
    public Step finish() {
        if (finished()) {
            throw new IllegalStateException("Mock interview " + id + " is already finished");
        }
        return new Step(questions.size(), 0);
    }

    /** The question the page shows, or empty once every question was answered. */
    public Optional<Item> current() {
        return cursor.position() < questions.size() ? Optional.of(questions.get(cursor.position())) : Optional.empty();
    }
}
