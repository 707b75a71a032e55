package dev.prepstack.interview;

import dev.prepstack.catalog.CareerRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.practice.Practice;
import dev.prepstack.shared.InvalidParameterException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which questions a new interview asks: a custom selection checked against the live bank, or the
 * {@link InterviewPlan} for a role and seniority that leaves out mastered questions and the last
 * interview's.
 */
@Component
class InterviewPlanning {

    private final Catalog catalog;
    private final Practice practice;
    private final MockInterviewStore store;
    private final RandomGenerator seeds = new SecureRandom();

    InterviewPlanning(Catalog catalog, Practice practice, MockInterviewStore store) {
        this.catalog = catalog;
        this.practice = practice;
        this.store = store;
    }

    /** Display names of the career roles, by slug. */
    Map<String, String> roleNames() {
        return catalog.roles().stream().collect(Collectors.toMap(CareerRole::slug, CareerRole::name, (a, b) -> a));
    }

    List<QuestionRef> plan(long accountId, MockInterviews.StartCommand command) {
        Map<String, QuestionRef> live = new LinkedHashMap<>();
        catalog.questionRefs().forEach(q -> live.put(q.slug(), q));
        List<String> slugs = command.questionSlugs();
        if (slugs != null && !slugs.isEmpty()) {
            if ((command.role() != null && !command.role().isBlank())
                    || (command.seniority() != null && !command.seniority().isBlank())) {
                throw new InvalidParameterException(
                        "questionSlugs", "give either role and seniority, or questionSlugs, not both");
            }
            return custom(slugs, live);
        }
        if (command.role() == null || command.role().isBlank()) {
            throw new InvalidParameterException(
                    "role",
                    "is required (or questionSlugs): one of "
                            + String.join(", ", roleNames().keySet()));
        }
        CareerRole role = catalog.role(command.role().strip())
                .orElseThrow(() -> new InvalidParameterException(
                        "role",
                        "must be one of " + String.join(", ", roleNames().keySet())));
        Seniority seniority = seniority(command.seniority());
        Set<String> mastered = practice.cardsBySlug(accountId).entrySet().stream()
                .filter(e -> e.getValue().mastered())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<QuestionRef> plan = InterviewPlan.pick(
                role.topics(),
                seniority,
                List.copyOf(live.values()),
                mastered,
                store.previousQuestions(accountId),
                new SplittableRandom(seeds.nextLong()));
        if (plan.isEmpty()) {
            throw new InvalidParameterException("role", "the bank has no questions for this role yet");
        }
        return plan;
    }

    private static List<QuestionRef> custom(List<String> slugs, Map<String, QuestionRef> live) {
        if (slugs.size() > MockInterviews.MAX_CUSTOM_QUESTIONS) {
            throw new InvalidParameterException(
                    "questionSlugs", "at most " + MockInterviews.MAX_CUSTOM_QUESTIONS + " questions");
        }
        List<QuestionRef> picked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i) == null ? "" : slugs.get(i).strip();
            QuestionRef q = slug.length() > 80 ? null : live.get(slug);
            if (q == null) {
                // The slug is not echoed back: error messages never reflect input.
                throw new InvalidParameterException(
                        "questionSlugs", "item " + (i + 1) + " is not the slug of a live question");
            }
            if (!seen.add(slug)) {
                throw new InvalidParameterException("questionSlugs", "item " + (i + 1) + " repeats a question");
            }
            picked.add(q);
        }
        return picked;
    }

    static Seniority seniority(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException("seniority", "is required: junior, mid or senior");
        }
        return Seniority.fromSlug(value)
                .orElseThrow(() -> new InvalidParameterException("seniority", "must be one of junior, mid, senior"));
    }
}
