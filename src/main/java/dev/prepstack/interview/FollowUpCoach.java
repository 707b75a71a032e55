package dev.prepstack.interview;

import dev.prepstack.catalog.Question;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Port: who asks the follow-up questions after a main answer. The first in precedence answers:
 * {@code CoachFollowUps} (the LLM coach's question about what the candidate actually said, then the
 * bank's) ahead of {@code BankFollowUps} (the bank's own follow-ups). It is asked outside any
 * transaction ({@code FollowUpChoice}), since a coach may take up to its total timeout.
 */
public interface FollowUpCoach {

    /**
     * Up to {@code count} follow-up questions, asked once the main answer is given.
     *
     * @param question the bank question that was asked
     * @param mainAnswer what the candidate answered (may be empty)
     * @param count how many follow-ups the interview has room for (1 or 2)
     * @param random the interview's own random source, so a plan is repeatable
     */
    List<String> followUps(Question question, String mainAnswer, int count, RandomGenerator random);
}
