package dev.prepstack.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interview's own rules: which step comes next, and when answers and reports are allowed. */
class MockInterviewTransitionsTest {

    static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    static MockInterview interview(int questions, MockInterview.Step cursor, Instant finishedAt) {
        List<MockInterview.Item> items = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            items.add(new MockInterview.Item(
                    i,
                    "q" + i,
                    "Question " + i,
                    Kind.TECHNICAL,
                    Level.INTERMEDIATE,
                    "topic",
                    300,
                    START.plusSeconds(300L * (i + 1)),
                    2,
                    List.of(),
                    false,
                    null,
                    Map.of(),
                    null,
                    null));
        }
        return new MockInterview(1, null, null, START, finishedAt, null, List.copyOf(items), cursor, false);
    }

    @Test
    void advancingFromTheMainAnswerGoesToTheFirstFollowUp() {
        var interview = interview(2, new MockInterview.Step(0, 0), null);
        assertThat(interview.advance(new MockInterview.Step(0, 0), 2)).contains(new MockInterview.Step(0, 1));
    }

    @Test
    void advancingFromTheLastFollowUpGoesToTheNextQuestion() {
        var interview = interview(2, new MockInterview.Step(0, 2), null);
        assertThat(interview.advance(new MockInterview.Step(0, 2), 2)).contains(new MockInterview.Step(1, 0));
    }

    @Test
    void aQuestionWithoutFollowUpsGoesStraightToTheNextQuestion() {
        var interview = interview(2, new MockInterview.Step(1, 0), null);
        assertThat(interview.advance(new MockInterview.Step(1, 0), 0)).contains(new MockInterview.Step(2, 0));
    }

    @Test
    void aStaleOrRepeatedSubmitChangesNothing() {
        var interview = interview(2, new MockInterview.Step(0, 1), null);
        assertThat(interview.advance(new MockInterview.Step(0, 0), 2)).isEmpty();
    }

    @Test
    void nothingAdvancesOnceEveryQuestionWasAnsweredOrTheInterviewFinished() {
        assertThat(interview(2, new MockInterview.Step(2, 0), null).advance(new MockInterview.Step(2, 0), 0))
                .isEmpty();
        assertThat(interview(2, new MockInterview.Step(0, 0), START).advance(new MockInterview.Step(0, 0), 2))
                .isEmpty();
    }

    @Test
    void finishingPutsTheCursorAfterTheLastQuestion() {
        assertThat(interview(3, new MockInterview.Step(1, 1), null).finish()).isEqualTo(new MockInterview.Step(3, 0));
    }

    @Test
    void aFinishedInterviewIsNotFinishedAgainAndTakesNoMoreAnswers() {
        var finished = interview(1, new MockInterview.Step(1, 0), START.plusSeconds(60));
        assertThatThrownBy(finished::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(finished::requireRunning).isInstanceOf(MockInterviews.StateConflict.class);
        finished.requireFinished("not used");
    }

    @Test
    void aRunningInterviewHasNoReportYet() {
        var running = interview(1, new MockInterview.Step(0, 0), null);
        running.requireRunning();
        assertThatThrownBy(() -> running.requireFinished("finish it first"))
                .isInstanceOf(MockInterviews.StateConflict.class)
                .hasMessage("finish it first");
    }
}
