package dev.prepstack.interview;

import dev.prepstack.catalog.Question;
import dev.prepstack.feedback.AnswerFeedback;
import dev.prepstack.feedback.CoachUnavailableException;
import dev.prepstack.feedback.Coaching;
import dev.prepstack.feedback.LlmCoach;
import dev.prepstack.feedback.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With an LLM coach configured, the first follow-up is the coach's question about what the candidate
 * actually said; any further ones, and every follow-up when the coach is off or unavailable, come
 * from the bank.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoachFollowUps implements FollowUpCoach {

    private final LlmCoach coach;
    private final AnswerFeedback feedback;
    private final BankFollowUps bank;

    CoachFollowUps(LlmCoach coach, AnswerFeedback feedback, BankFollowUps bank) {
        this.coach = coach;
        this.feedback = feedback;
        this.bank = bank;
    }

    @Override
    public List<String> followUps(Question question, String mainAnswer, int count, RandomGenerator random) {
        List<String> out = new ArrayList<>();
        if (coach.enabled() && !coach.resting() && mainAnswer != null && !mainAnswer.isBlank()) {
            try {
                Rubric rubric = feedback.rubricFor(question.slug());
                Coaching coaching = coach.coach(rubric, mainAnswer, feedback.evaluate(rubric, mainAnswer), piece -> {});
                if (coaching.followUpQuestion() != null) {
                    out.add(coaching.followUpQuestion());
                }
            } catch (CoachUnavailableException e) {
                // The bank's follow-ups stand in.
            }
        }
        for (String f : bank.followUps(question, mainAnswer, count, random)) {
            if (out.size() < count && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
