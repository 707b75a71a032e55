package dev.prepstack.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prepstack.catalog.Question;
import dev.prepstack.content.FollowUp;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.feedback.Feedback;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of scoring follow-ups, on hand-made questions and interviews: which rubric a follow-up
 * is scored on, which ones count, and how much they weigh in their question, topic and overall score.
 */
class FollowUpRulesTest {

    static final FollowUp OWN = new FollowUp(
            "Where would you place Cassandra in PACELC terms?",
            "Cassandra at ONE is PA/EL; QUORUM moves it towards EC.",
            List.of("Cassandra is PA/EL at ONE.", "QUORUM moves it towards EC."),
            null);
    static final FollowUp SEE = new FollowUp("How do you version an API?", null, List.of(), "api-versioning");
    static final FollowUp SEE_GONE = new FollowUp("What about gRPC?", null, List.of(), "no-longer-here");
    static final FollowUp QUESTION_ONLY = FollowUp.questionOnly("Anything else?");
    static final Question VERSIONING = question("api-versioning", "API versioning", List.of());
    static final Question ASKED = question("cap-theorem", "CAP theorem", List.of(OWN, SEE, SEE_GONE, QUESTION_ONLY));

    static Optional<Question> lookup(String slug) {
        return slug.equals(VERSIONING.slug()) ? Optional.of(VERSIONING) : Optional.empty();
    }

    @Test
    void aBankFollowUpWithItsOwnAnswerIsScoredOnItsOwnKeyPoints() {
        var basis = FollowUpScoring.basis(ASKED, OWN.question(), FollowUpRulesTest::lookup);

        assertThat(basis).isEqualTo(new FollowUpScoring.OwnAnswer(OWN));
    }

    @Test
    void aFollowUpThatPointsToABankQuestionIsScoredOnThatQuestion() {
        var basis = FollowUpScoring.basis(ASKED, "  How do you\nversion an API? ", FollowUpRulesTest::lookup);

        assertThat(basis).isEqualTo(new FollowUpScoring.SeeQuestion(SEE, VERSIONING));
    }

    @Test
    void aCoachsOwnFollowUpHasNoRubric() {
        var basis = FollowUpScoring.basis(
                ASKED, "You said Cassandra is AP: what happens to a write at QUORUM?", FollowUpRulesTest::lookup);

        assertThat(basis).isInstanceOf(FollowUpScoring.NoRubric.class);
    }

    @Test
    void aFollowUpWithoutAnAnswerOrWhoseQuestionIsGoneHasNoRubric() {
        assertThat(FollowUpScoring.basis(ASKED, QUESTION_ONLY.question(), FollowUpRulesTest::lookup))
                .isInstanceOf(FollowUpScoring.NoRubric.class);
        assertThat(FollowUpScoring.basis(ASKED, SEE_GONE.question(), FollowUpRulesTest::lookup))
                .isInstanceOf(FollowUpScoring.NoRubric.class);
        assertThat(FollowUpScoring.basis(null, OWN.question(), FollowUpRulesTest::lookup))
                .as("the asked question is no longer in the bank")
                .isInstanceOf(FollowUpScoring.NoRubric.class);
    }

    @Test
    void scoredFollowUpsWeighThirtyPercentOfTheirQuestionTogether() {
        assertThat(InterviewReport.FOLLOW_UP_SHARE).isCloseTo(0.3, within(1e-9));
        assertThat(InterviewReport.questionScore(80, List.of())).isEqualTo(80);
        assertThat(InterviewReport.questionScore(80, List.of(50))).isEqualTo(71); // 56 + 15
        assertThat(InterviewReport.questionScore(80, List.of(50, 70))).isEqualTo(74); // 56 + 0.3 * 60
        assertThat(InterviewReport.questionScore(0, List.of(100))).isEqualTo(30);
        assertThat(InterviewReport.questionScore(100, List.of(100, 100))).isEqualTo(100);
    }

    @Test
    void theReportCountsScoredFollowUpsButNeitherTheCoachsNorUnansweredOnes() {
        var technical = item(
                0,
                "cap-theorem",
                "databases",
                90,
                List.of("Where would you place Cassandra in PACELC terms?", "You said AP: why?"),
                List.of(
                        new FollowUpScore(
                                1, FollowUpScore.Status.SCORED, null, null, "Cassandra at ONE is PA/EL.", feedback(40)),
                        new FollowUpScore(2, FollowUpScore.Status.NO_RUBRIC, null, null, null, null)),
                Map.of(1, "It is CP.", 2, "Because it is fast."));
        var other = item(
                1,
                "sql-joins",
                "databases",
                50,
                List.of("How do you version an API?"),
                List.of(new FollowUpScore(
                        1,
                        FollowUpScore.Status.UNANSWERED,
                        "api-versioning",
                        "API versioning",
                        "Version the contract.",
                        null)),
                Map.of());
        var interview = finished(null, technical, other);

        InterviewReport report = InterviewReport.of(interview, null, Map.of("databases", "Databases"));

        var first = report.questions().get(0);
        assertThat(first.answerScore()).isEqualTo(90);
        assertThat(first.followUpScore()).isEqualTo(40);
        assertThat(first.score()).isEqualTo(75); // 0.7 * 90 + 0.3 * 40
        assertThat(first.followUps())
                .extracting(InterviewReport.FollowUpResult::status)
                .containsExactly("scored", "no-rubric");
        assertThat(first.followUps().get(0).score()).isEqualTo(40);
        assertThat(first.followUps().get(0).modelAnswer()).isEqualTo("Cassandra at ONE is PA/EL.");
        assertThat(first.followUps().get(1).score()).isNull();
        assertThat(first.followUps().get(1).answer()).isEqualTo("Because it is fast.");

        var second = report.questions().get(1);
        assertThat(second.followUps().get(0).status()).isEqualTo("unanswered");
        assertThat(second.followUps().get(0).seeSlug()).isEqualTo("api-versioning");
        assertThat(second.followUpScore()).isNull();
        assertThat(second.score()).as("an unanswered follow-up is not counted").isEqualTo(50);
        assertThat(second.weak()).isTrue();

        assertThat(report.topics()).singleElement().satisfies(t -> {
            assertThat(t.score()).isEqualTo(63); // (75 + 50) / 2
            assertThat(t.questions()).isEqualTo(2);
        });
        assertThat(report.score()).isEqualTo(63);
    }

    @Test
    void anInterviewFinishedBeforeFollowUpsWereScoredReadsAsItDid() {
        var legacy = item(
                0,
                "cap-theorem",
                "databases",
                70,
                List.of("Where would you place Cassandra in PACELC terms?"),
                null,
                Map.of(1, "PA/EL."));
        var interview = finished(70, legacy);

        InterviewReport report = InterviewReport.of(interview, null, Map.of());

        assertThat(report.score()).isEqualTo(70);
        var q = report.questions().get(0);
        assertThat(q.score()).isEqualTo(70);
        assertThat(q.followUps()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo("finished-before-scoring");
            assertThat(f.answer()).isEqualTo("PA/EL.");
            assertThat(f.score()).isNull();
        });
        assertThat(InterviewReport.questionScore(legacy)).isEqualTo(70);
    }

    static Feedback feedback(int score) {
        return new Feedback(
                score,
                List.of(new Feedback.KeyPointResult("a point", score >= 50, null, 0.5)),
                null,
                List.of(),
                "test",
                true);
    }

    static MockInterview.Item item(
            int position,
            String slug,
            String topic,
            int score,
            List<String> followUps,
            List<FollowUpScore> scores,
            Map<Integer, String> followUpAnswers) {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        Map<Integer, MockInterview.Answer> answers = new HashMap<>();
        answers.put(0, new MockInterview.Answer(0, "main answer", 1, t, t, false));
        followUpAnswers.forEach((i, text) -> answers.put(i, new MockInterview.Answer(i, text, 1, t, t, false)));
        return new MockInterview.Item(
                position,
                slug,
                slug,
                Kind.TECHNICAL,
                Level.INTERMEDIATE,
                topic,
                300,
                t.plusSeconds(300L * (position + 1)),
                followUps.size(),
                followUps,
                true,
                t,
                answers,
                feedback(score),
                scores);
    }

    static MockInterview finished(Integer score, MockInterview.Item... items) {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        return new MockInterview(
                1,
                null,
                null,
                t,
                t.plusSeconds(600),
                score,
                List.of(items),
                new MockInterview.Step(items.length, 0),
                false);
    }

    static Question question(String slug, String title, List<FollowUp> followUps) {
        return new Question(
                1,
                slug,
                title,
                List.of(),
                "databases",
                List.of(),
                Level.INTERMEDIATE,
                Kind.TECHNICAL,
                List.of(),
                title + " in short.",
                "answer",
                "<p>answer</p>",
                List.of("point one", "point two", "point three"),
                followUps,
                List.of(),
                List.of(),
                List.of(),
                null,
                LocalDate.of(2026, 12, 1),
                false);
    }
}
