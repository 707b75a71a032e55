package dev.prepstack.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.catalog.QuestionRef;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan of a mock interview, on a small synthetic bank and seeded random sources. */
class InterviewPlanTest {

    static final List<String> ROLE_TOPICS = List.of("apis", "databases", "caching", "testing", "security");

    /** Two technical questions per role topic and level, a scenario per topic, a topic outside the role. */
    static List<QuestionRef> bank() {
        List<QuestionRef> bank = new ArrayList<>();
        long id = 1;
        for (String topic : List.of("apis", "databases", "caching", "testing", "security", "frontend")) {
            for (Level level : Level.values()) {
                for (int i = 1; i <= 2; i++) {
                    String slug = topic + "-" + level.slug() + "-" + i;
                    bank.add(new QuestionRef(id++, slug, slug, topic, level, Kind.TECHNICAL));
                }
            }
            bank.add(new QuestionRef(
                    id++, topic + "-scenario", topic + "-scenario", topic, Level.INTERMEDIATE, Kind.SCENARIO));
        }
        for (Level level : List.of(Level.INTERMEDIATE, Level.EXPERIENCED)) {
            for (int i = 1; i <= 3; i++) {
                String slug = "design-" + level.slug() + "-" + i;
                bank.add(new QuestionRef(id++, slug, slug, null, level, Kind.SYSTEM_DESIGN));
            }
        }
        for (Level level : Level.values()) {
            for (int i = 1; i <= 3; i++) {
                String slug = "story-" + level.slug() + "-" + i;
                bank.add(new QuestionRef(id++, slug, slug, null, level, Kind.BEHAVIORAL));
            }
        }
        return bank;
    }

    static List<QuestionRef> plan(Seniority seniority, Set<String> mastered, Set<String> previous, long seed) {
        return InterviewPlan.pick(ROLE_TOPICS, seniority, bank(), mastered, previous, new SplittableRandom(seed));
    }

    static List<QuestionRef> ofKind(List<QuestionRef> plan, Kind kind) {
        return plan.stream().filter(q -> q.kind() == kind).toList();
    }

    @Test
    void seniorsGetFourTechnicalAcrossTheRolesTopicsAScenarioASystemDesignAndTwoBehavioral() {
        List<QuestionRef> plan = plan(Seniority.SENIOR, Set.of(), Set.of(), 42);

        List<QuestionRef> technical = ofKind(plan, Kind.TECHNICAL);
        assertThat(technical).hasSize(4);
        assertThat(technical)
                .extracting(QuestionRef::topic)
                .doesNotHaveDuplicates()
                .allMatch(ROLE_TOPICS::contains);
        assertThat(technical)
                .extracting(QuestionRef::level)
                .containsExactly(Level.EXPERIENCED, Level.EXPERIENCED, Level.EXPERIENCED, Level.INTERMEDIATE);
        assertThat(ofKind(plan, Kind.SCENARIO)).singleElement().satisfies(q -> {
            assertThat(ROLE_TOPICS).contains(q.topic());
            assertThat(technical).extracting(QuestionRef::topic).doesNotContain(q.topic());
        });
        assertThat(ofKind(plan, Kind.SYSTEM_DESIGN))
                .singleElement()
                .extracting(QuestionRef::level)
                .isEqualTo(Level.EXPERIENCED);
        assertThat(ofKind(plan, Kind.BEHAVIORAL)).hasSize(2).allMatch(q -> q.level() == Level.EXPERIENCED);
        // A behavioral opener and a behavioral close, as interviews go.
        assertThat(plan.get(0).kind()).isEqualTo(Kind.BEHAVIORAL);
        assertThat(plan.get(plan.size() - 1).kind()).isEqualTo(Kind.BEHAVIORAL);
        assertThat(plan).hasSize(8).extracting(QuestionRef::slug).doesNotHaveDuplicates();
    }

    @Test
    void juniorsGetNoSystemDesignAndMainlyFresherQuestions() {
        List<QuestionRef> plan = plan(Seniority.JUNIOR, Set.of(), Set.of(), 7);

        assertThat(ofKind(plan, Kind.SYSTEM_DESIGN)).isEmpty();
        assertThat(ofKind(plan, Kind.TECHNICAL))
                .extracting(QuestionRef::level)
                .containsExactly(Level.FRESHER, Level.FRESHER, Level.FRESHER, Level.INTERMEDIATE);
        assertThat(ofKind(plan, Kind.BEHAVIORAL))
                .singleElement()
                .extracting(QuestionRef::level)
                .isEqualTo(Level.FRESHER);
    }

    @Test
    void favoursQuestionsTheCandidateHasNotMastered() {
        Set<String> mastered = bank().stream()
                .filter(q -> q.kind() == Kind.TECHNICAL && q.slug().endsWith("-1"))
                .map(QuestionRef::slug)
                .collect(Collectors.toSet());

        for (long seed = 0; seed < 20; seed++) {
            assertThat(ofKind(plan(Seniority.SENIOR, mastered, Set.of(), seed), Kind.TECHNICAL))
                    .extracting(QuestionRef::slug)
                    .noneMatch(mastered::contains);
        }
    }

    @Test
    void doesNotRepeatThePreviousInterviewsQuestions() {
        Set<String> previous = new HashSet<>();
        plan(Seniority.MID, Set.of(), Set.of(), 1).forEach(q -> previous.add(q.slug()));

        List<QuestionRef> next = plan(Seniority.MID, Set.of(), previous, 1);

        assertThat(next).hasSize(previous.size()).extracting(QuestionRef::slug).noneMatch(previous::contains);
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedUsuallyNot() {
        assertThat(plan(Seniority.SENIOR, Set.of(), Set.of(), 99))
                .isEqualTo(plan(Seniority.SENIOR, Set.of(), Set.of(), 99));
        Set<List<QuestionRef>> plans = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            plans.add(plan(Seniority.SENIOR, Set.of(), Set.of(), seed));
        }
        assertThat(plans).hasSizeGreaterThan(5);
    }

    @Test
    void aThinBankFallsBackToNeighbouringLevels() {
        List<QuestionRef> noSeniorDesign = bank().stream()
                .filter(q -> !(q.kind() == Kind.SYSTEM_DESIGN && q.level() == Level.EXPERIENCED))
                .toList();

        List<QuestionRef> plan = InterviewPlan.pick(
                ROLE_TOPICS, Seniority.SENIOR, noSeniorDesign, Set.of(), Set.of(), new SplittableRandom(3));

        assertThat(ofKind(plan, Kind.SYSTEM_DESIGN))
                .singleElement()
                .extracting(QuestionRef::level)
                .isEqualTo(Level.INTERMEDIATE);
    }
}
