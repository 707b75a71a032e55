package dev.prepstack.practice;

import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.content.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An interview a person prepares for: its date, its scope and the minutes a day they can give.
 * The scope is a career role's topics at levels up to a seniority, or topics (optionally levels);
 * {@code scopeTopics} are the topics it covers, resolved from the role when it was saved.
 *
 * @param target retrievability aimed for on the day, 0.70 to 0.97
 */
public record InterviewPlan(
        long id,
        String title,
        LocalDate interviewOn,
        String role,
        Level seniority,
        List<String> topics,
        List<Level> levels,
        int minutesPerDay,
        double target,
        Instant createdAt) {

    public InterviewPlan {
        topics = List.copyOf(topics);
        levels = List.copyOf(levels);
    }

    /** Whether the plan's scope covers a question, given the topics its role stands for. */
    boolean covers(QuestionRef q, Set<String> scopeTopics) {
        if (q.topic() == null || !scopeTopics.contains(q.topic())) {
            return false;
        }
        if (seniority != null) {
            return q.level().ordinal() <= seniority.ordinal();
        }
        return levels.isEmpty() || levels.contains(q.level());
    }

    /** Past plans stay listed but no longer steer the queue. */
    public boolean past(LocalDate today) {
        return !interviewOn.isAfter(today);
    }
}
