package dev.prepstack.interview;

import dev.prepstack.catalog.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Follow-ups from the bank: the ones the question's author wrote, a random few of them. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BankFollowUps implements FollowUpCoach {

    @Override
    public List<String> followUps(Question question, String mainAnswer, int count, RandomGenerator random) {
        List<String> pool = new ArrayList<>(question.followUpQuestions());
        List<String> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
