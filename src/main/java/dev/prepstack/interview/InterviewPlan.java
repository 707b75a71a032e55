package dev.prepstack.interview;

import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which questions a mock interview asks, for a career role and a seniority. Plain Java: the bank,
 * the candidate's mastered questions and the previous interview's questions come in, and so does
 * the random source, so a seed makes the plan repeatable.
 *
 * <p>Each slot takes the best candidate by, in order: not asked in the previous mock interview, the
 * level the slot wants, a topic not yet covered, not yet mastered, then chance.
 */
final class InterviewPlan {

    private final List<String> roleTopics;
    private final Seniority seniority;
    private final Set<String> mastered;
    private final Set<String> previous;
    private final List<QuestionRef> shuffled;
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> chosen = new LinkedHashSet<>();
    private final Set<String> coveredTopics = new HashSet<>();

    private InterviewPlan(
            List<String> roleTopics,
            Seniority seniority,
            List<QuestionRef> bank,
            Set<String> mastered,
            Set<String> previous,
            RandomGenerator random) {
        this.roleTopics = roleTopics;
        this.seniority = seniority;
        this.mastered = mastered;
        this.previous = previous;
        List<QuestionRef> copy = new ArrayList<>(bank);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            QuestionRef t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        this.shuffled = copy;
        for (int i = 0; i < copy.size(); i++) {
            order.put(copy.get(i).slug(), i);
        }
    }

    /**
     * The questions in the order they are asked: a behavioral opener, the technical questions, the
     * scenario, the system design, and the remaining behavioral questions to close.
     */
    static List<QuestionRef> pick(
            List<String> roleTopics,
            Seniority seniority,
            List<QuestionRef> bank,
            Set<String> mastered,
            Set<String> previous,
            RandomGenerator random) {
        return new InterviewPlan(roleTopics, seniority, bank, mastered, previous, random).plan();
    }

    /** How many follow-up questions come after a main answer of this kind. */
    static int followUpsFor(Kind kind) {
        return switch (kind) {
            case TECHNICAL, BEHAVIORAL -> 1;
            case SCENARIO, SYSTEM_DESIGN -> 2;
        };
    }

    private List<QuestionRef> plan() {
        Seniority.Mix mix = seniority.mix();
        List<QuestionRef> behavioral = new ArrayList<>();
        for (int i = 0; i < mix.behavioral(); i++) {
            best(Kind.BEHAVIORAL, seniority.mainLevel()).ifPresent(behavioral::add);
        }
        List<QuestionRef> technical = new ArrayList<>();
        for (int i = 0; i < mix.technical(); i++) {
            // One technical question comes from the neighbouring level, as real interviews probe both ways.
            boolean stretch = mix.technical() > 1 && i == mix.technical() - 1;
            best(Kind.TECHNICAL, stretch ? seniority.stretchLevel() : seniority.mainLevel())
                    .ifPresent(technical::add);
        }
        List<QuestionRef> scenario = new ArrayList<>();
        for (int i = 0; i < mix.scenario(); i++) {
            best(Kind.SCENARIO, seniority.mainLevel()).ifPresent(scenario::add);
        }
        List<QuestionRef> design = new ArrayList<>();
        for (int i = 0; i < mix.systemDesign(); i++) {
            best(Kind.SYSTEM_DESIGN, seniority.mainLevel()).ifPresent(design::add);
        }
        List<QuestionRef> plan = new ArrayList<>();
        if (!behavioral.isEmpty()) {
            plan.add(behavioral.get(0));
        }
        plan.addAll(technical);
        plan.addAll(scenario);
        plan.addAll(design);
        if (behavioral.size() > 1) {
            plan.addAll(behavioral.subList(1, behavioral.size()));
        }
        return plan;
    }

    private Optional<QuestionRef> best(Kind kind, Level wanted) {
        List<Level> levels = levelPreference(wanted);
        Optional<QuestionRef> best = shuffled.stream()
                .filter(q -> q.kind() == kind)
                .filter(q -> !kind.belongsToTopic() || roleTopics.contains(q.topic()))
                .filter(q -> !chosen.contains(q.slug()))
                .min(Comparator.<QuestionRef>comparingInt(q -> previous.contains(q.slug()) ? 1 : 0)
                        .thenComparingInt(q -> levels.indexOf(q.level()))
                        .thenComparingInt(q -> q.topic() != null && coveredTopics.contains(q.topic()) ? 1 : 0)
                        .thenComparingInt(q -> mastered.contains(q.slug()) ? 1 : 0)
                        .thenComparingInt(q -> order.get(q.slug())));
        best.ifPresent(q -> {
            chosen.add(q.slug());
            if (q.topic() != null) {
                coveredTopics.add(q.topic());
            }
        });
        return best;
    }

    /** The wanted level first, then the seniority's main level, then the rest from nearest to farthest. */
    private List<Level> levelPreference(Level wanted) {
        Set<Level> levels = new LinkedHashSet<>();
        levels.add(wanted);
        levels.add(seniority.mainLevel());
        List<Level> rest = new ArrayList<>(List.of(Level.values()));
        rest.sort(Comparator.comparingInt(
                l -> Math.abs(l.ordinal() - seniority.mainLevel().ordinal())));
        levels.addAll(rest);
        return List.copyOf(levels);
    }
}
