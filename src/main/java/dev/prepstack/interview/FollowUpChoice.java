package dev.prepstack.interview;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Asks the follow-up coach (an LLM, a remote call of up to 45 s, or the bank) for a question's
 * follow-ups. It never runs inside a transaction: a coach holding the interview's row lock would
 * stall every autosave of that interview.
 */
@Component
class FollowUpChoice {

    private static final int MAX_FOLLOW_UP_LENGTH = 1_000;

    private final Catalog catalog;
    private final ObjectProvider<FollowUpCoach> coaches;

    FollowUpChoice(Catalog catalog, ObjectProvider<FollowUpCoach> coaches) {
        this.catalog = catalog;
        this.coaches = coaches;
    }

    /** The follow-ups for those of {@code items} that have none chosen yet, by position. */
    Map<Integer, List<String>> ask(MockInterview interview, List<MockInterview.Item> items) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The follow-up coach is asked outside transactions");
        }
        Map<Integer, List<String>> asked = new HashMap<>();
        for (MockInterview.Item item : items) {
            if (!item.followUpsChosen()) {
                asked.put(item.position(), choose(interview, item));
            }
        }
        return asked;
    }

    private List<String> choose(MockInterview interview, MockInterview.Item item) {
        Optional<Question> question = catalog.question(item.slug());
        if (question.isEmpty() || item.followUpCount() == 0) {
            return List.of();
        }
        FollowUpCoach coach = coaches.orderedStream().findFirst().orElseThrow();
        // Seeded by interview and question, so a repeated request would choose the same ones.
        var random = new SplittableRandom(interview.id() * 1_000_003L + item.position());
        return coach.followUps(question.get(), item.answerText(0), item.followUpCount(), random).stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.length() > MAX_FOLLOW_UP_LENGTH ? s.substring(0, MAX_FOLLOW_UP_LENGTH) : s)
                .limit(item.followUpCount())
                .toList();
    }
}
